import { t } from '@/lib/i18n';

const MY_ORDERS_URL = 'https://www.aliexpress.com/p/order/index.html';

/** The popup's first screen: what the extension does and where to see it. */
export function PopupHome() {
  return (
    <main data-aca-view="home" style={{ padding: '14px 16px' }}>
      <h1 style={{ fontSize: 15, margin: '0 0 6px' }}>{t('extName')}</h1>
      <p style={{ margin: '0 0 10px' }}>{t('popup_intro')}</p>
      <a href={MY_ORDERS_URL} target="_blank" rel="noreferrer" style={{ color: '#0b57d0', fontWeight: 600 }}>
        {t('popup_openOrders')}
      </a>
      <p style={{ margin: '12px 0 0', color: '#57606a', fontSize: 12 }}>{t('popup_privacy')}</p>
    </main>
  );
}
