<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * The `_hcp_compliance_audit` post meta stays: it is the practice's record of
 * who dismissed or overrode which compliance check, and why.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'hcp_compliance_settings' );
