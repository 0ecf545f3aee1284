import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { createBrowserPopupApi } from '@/lib/popup/browser-popup-api';
import './popup.css';

// Wiring only: the popup's screens live in components/popup, its browser access in lib/popup.
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp api={createBrowserPopupApi()} />);
