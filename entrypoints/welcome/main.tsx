import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../../components/shared/verdict.css';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { DEFAULT_SITE_DOMAINS } from '../../protocol/defaultSites';
import './style.css';

const root = document.getElementById('app');
if (root)
  render(
    <WelcomePage
      siteCount={DEFAULT_SITE_DOMAINS.length}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
