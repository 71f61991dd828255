import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
