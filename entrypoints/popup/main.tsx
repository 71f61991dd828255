import { render } from 'preact';
import '@/components/shared/verdict.css';
import '@/components/panel/panel.css';
import { PanelApp } from './PanelApp';

const root = document.getElementById('app');
if (root) render(<PanelApp />, root);
