<?php
/**
 * Plugin Name: HCP Compliance demo content
 * Description: Development only (npm start): creates, once, a post that shows several compliance problems.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Creates the demo post on the first request after installation.
 */
function hcp_compliance_demo_create_post() {
	if ( wp_installing() || get_option( 'hcp_compliance_demo_post_id' ) ) {
		return;
	}
	$content = file_get_contents( __DIR__ . '/hcp-compliance-demo/demo-post.html' );
	if ( false === $content ) {
		return;
	}
	$post_id = wp_insert_post(
		array(
			'post_title'   => 'My statin story (demo: compliance problems)',
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => 1,
		)
	);
	if ( $post_id && ! is_wp_error( $post_id ) ) {
		update_option( 'hcp_compliance_demo_post_id', $post_id );
	}
}
add_action( 'init', 'hcp_compliance_demo_create_post', 100 );
