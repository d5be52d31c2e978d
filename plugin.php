<?php
/**
 * Plugin Name:       HCP Compliance
 * Description:       Compliance hints, credentials and disclaimer blocks for health care professionals who blog.
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      7.4
 * Author:            HCP Compliance contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       hcp-compliance
 * Domain Path:       /languages
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HCP_COMPLIANCE_FILE', __FILE__ );
define( 'HCP_COMPLIANCE_DIR', plugin_dir_path( __FILE__ ) );
define( 'HCP_COMPLIANCE_URL', plugin_dir_url( __FILE__ ) );
define( 'HCP_COMPLIANCE_VERSION', '0.1.0' );

// Each file under php/ registers its own hooks; a sorted glob keeps the load order stable.
$hcp_compliance_files = glob( HCP_COMPLIANCE_DIR . 'php/*.php' );
if ( false !== $hcp_compliance_files ) {
	sort( $hcp_compliance_files );
	foreach ( $hcp_compliance_files as $hcp_compliance_file ) {
		require_once $hcp_compliance_file;
	}
}
unset( $hcp_compliance_files, $hcp_compliance_file );
