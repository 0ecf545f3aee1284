import { createRoot } from 'react-dom/client';
import { PopupHome } from '@/components/popup/PopupHome';
import './popup.css';

// Wiring only: the popup's screens live in components/popup.
const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupHome />);
