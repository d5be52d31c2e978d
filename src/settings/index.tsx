/**
 * Settings screen entry (Settings → HCP Compliance): mounts the practice policy app.
 *
 * The script loads in the footer, after the screen's mount point.
 */
import { createRoot } from '@wordpress/element';
import { SettingsApp } from './settings-app';
import './style.scss';

const container = document.getElementById( 'hcp-compliance-settings' );
if ( container ) {
	createRoot( container ).render( <SettingsApp /> );
}
