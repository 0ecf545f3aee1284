import { createRoot } from 'react-dom/client';
import { claimFromUrl, PopupRouter } from '@/components/claim/PopupRouter';
import { createBrowserClaimApi } from '@/lib/popup/browser-claim-api';
import { createBrowserPopupApi } from '@/lib/popup/browser-popup-api';
import './popup.css';

// Wiring only: the popup's screens live in components/popup, its browser access in lib/popup.
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupRouter api={createBrowserPopupApi()} claimApi={createBrowserClaimApi()} initialClaim={claimFromUrl(location.search)} />);
