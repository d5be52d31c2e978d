<?php
/**
 * Run with WordPress loaded (php tests/e2e/php/structured-data.php from the
 * site's folder): publishes a post with a credentials block, then calls the
 * plugin's structured data the way WordPress, Yoast SEO (`wpseo_schema_graph`)
 * and Rank Math (`rank_math/json_ld`) do, and prints what came out as JSON.
 *
 * @package HcpCompliance
 */

// phpcs:disable WordPress.Security.EscapeOutput.OutputNotEscaped -- a test script printing JSON.

$_SERVER['HTTP_HOST'] = 'localhost';
require getcwd() . '/wp-load.php';

wp_set_current_user( 1 );
$hcp_test_content = '<!-- wp:hcp-compliance/credentials {"name":"Dana Reyes \u003c/script\u003e","credentials":"MBChB, MRCGP","registrationNumber":"1234567","registrationBody":"GMC","affiliation":"Riverside"} /-->';
$hcp_test_post    = wp_insert_post(
	wp_slash(
		array(
			'post_title'   => 'Structured data check',
			'post_content' => $hcp_test_content,
			'post_status'  => 'publish',
		)
	)
);

/**
 * Points the main query at a post, as a front-end request for it would.
 *
 * @param int $post_id Post ID.
 */
function hcp_test_view( $post_id ) {
	$GLOBALS['wp_query']     = new WP_Query( array( 'p' => $post_id ) );
	$GLOBALS['wp_the_query'] = $GLOBALS['wp_query'];
	$GLOBALS['hcp_compliance_schema_merged'] = false;
}

/**
 * What wp_head printed from the plugin.
 *
 * @return string Output.
 */
function hcp_test_head() {
	ob_start();
	hcp_compliance_print_structured_data();
	return ob_get_clean();
}

$hcp_results = array();

hcp_test_view( $hcp_test_post );
$hcp_results['plain'] = hcp_test_head();

hcp_test_view( $hcp_test_post );
$hcp_results['yoast'] = apply_filters(
	'wpseo_schema_graph',
	array(
		array(
			'@type' => 'WebPage',
			'@id'   => 'https://example.org/post/',
		),
		array( '@type' => 'Article' ),
	),
	null
);
$hcp_results['afterYoast'] = hcp_test_head();

hcp_test_view( $hcp_test_post );
$hcp_results['rankMath']      = apply_filters(
	'rank_math/json_ld',
	array(
		'WebPage'   => array( '@type' => 'WebPage' ),
		'publisher' => array( '@type' => 'Organization' ),
	),
	null
);
$hcp_results['afterRankMath'] = hcp_test_head();

$hcp_plain_post = wp_insert_post(
	array(
		'post_title'   => 'No credentials',
		'post_content' => '<!-- wp:paragraph --><p>Hello</p><!-- /wp:paragraph -->',
		'post_status'  => 'publish',
	)
);
hcp_test_view( $hcp_plain_post );
$hcp_results['withoutBlock'] = hcp_test_head();

wp_delete_post( $hcp_test_post, true );
wp_delete_post( $hcp_plain_post, true );

echo wp_json_encode( $hcp_results );
