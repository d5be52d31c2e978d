<?php
/**
 * Structured data for posts with the credentials block: the author as a
 * schema.org Person (and Physician, for doctors) with credentials, registration
 * and affiliation; the page as a MedicalWebPage. Printed once in wp_head, or
 * merged into Yoast SEO's or Rank Math's graph when one of them prints one.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Finds the first credentials block in a list of parsed blocks, nested ones included.
 *
 * @param array $blocks Blocks from parse_blocks().
 * @return array|null The block's attributes, or null.
 */
function hcp_compliance_find_credentials_attributes( $blocks ) {
	foreach ( $blocks as $block ) {
		if ( isset( $block['blockName'] ) && 'hcp-compliance/credentials' === $block['blockName'] ) {
			return is_array( $block['attrs'] ) ? $block['attrs'] : array();
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$found = hcp_compliance_find_credentials_attributes( $block['innerBlocks'] );
			if ( null !== $found ) {
				return $found;
			}
		}
	}
	return null;
}

/**
 * A credentials attribute as trimmed plain text.
 *
 * @param array  $attrs Attributes.
 * @param string $key   Attribute name.
 * @return string Text ('' when absent).
 */
function hcp_compliance_attribute_text( $attrs, $key ) {
	return isset( $attrs[ $key ] ) && is_string( $attrs[ $key ] ) ? trim( wp_strip_all_tags( $attrs[ $key ] ) ) : '';
}

/**
 * Whether credentials name a medical degree (schema.org's Physician is for doctors only).
 *
 * @param string $credentials E.g. "MD, MPH" or "MBChB, MRCGP".
 * @return bool True for doctors.
 */
function hcp_compliance_is_physician( $credentials ) {
	return 1 === preg_match( '/\b(?:M\.?D|D\.?O|MBBS|MB\s?BS|MBChB|MB\s?ChB|MBBCh|BMBS|BM\s?BCh|MRCP|FRCP|MRCGP|FRCS|MRCS|FRACP|FRACGP|FRCPC|CCFP|DM)\b/i', $credentials );
}

/**
 * The schema.org nodes for a post: the author and the page.
 *
 * @param WP_Post|null $post The post.
 * @return array{person: array, page: array}|null Null when the post has no credentials block with a name.
 */
function hcp_compliance_structured_data( $post ) {
	// A password-protected post keeps its header behind the password, so its data stays there too.
	if ( ! $post instanceof WP_Post || post_password_required( $post ) || ! has_block( 'hcp-compliance/credentials', $post ) ) {
		return null;
	}
	$attrs = hcp_compliance_find_credentials_attributes( parse_blocks( $post->post_content ) );
	$name  = null === $attrs ? '' : hcp_compliance_attribute_text( $attrs, 'name' );
	if ( '' === $name ) {
		return null;
	}
	$credentials = hcp_compliance_attribute_text( $attrs, 'credentials' );
	$specialty   = hcp_compliance_attribute_text( $attrs, 'specialty' );
	$number      = hcp_compliance_attribute_text( $attrs, 'registrationNumber' );
	$body        = hcp_compliance_attribute_text( $attrs, 'registrationBody' );
	$affiliation = hcp_compliance_attribute_text( $attrs, 'affiliation' );
	$url         = get_permalink( $post );
	$person_id   = $url . '#hcp-compliance-author';

	$person = array(
		'@type' => hcp_compliance_is_physician( $credentials ) ? array( 'Person', 'Physician' ) : 'Person',
		'@id'   => $person_id,
		'name'  => $name,
	);
	if ( '' !== $credentials ) {
		$person['honorificSuffix'] = $credentials;
	}
	if ( '' !== $specialty ) {
		$person['knowsAbout'] = $specialty;
	}

	$held = array();
	if ( '' !== $number || '' !== $body ) {
		$licence = array(
			'@type'              => 'EducationalOccupationalCredential',
			'credentialCategory' => 'license',
			'name'               => '' !== $body
				/* translators: %s: issuing body, e.g. "General Medical Council". */
				? sprintf( __( 'Registration with %s', 'hcp-compliance' ), $body )
				: __( 'Professional registration', 'hcp-compliance' ),
		);
		if ( '' !== $number ) {
			$licence['identifier'] = $number;
		}
		if ( '' !== $body ) {
			$licence['recognizedBy'] = array(
				'@type' => 'Organization',
				'name'  => $body,
			);
		}
		$held[] = $licence;
	}
	foreach ( array_filter( array_map( 'trim', explode( ',', $credentials ) ) ) as $degree ) {
		$held[] = array(
			'@type'              => 'EducationalOccupationalCredential',
			'credentialCategory' => 'degree',
			'name'               => $degree,
		);
	}
	if ( ! empty( $held ) ) {
		$person['hasCredential'] = $held;
	}
	if ( '' !== $number ) {
		$person['identifier'] = array(
			'@type'      => 'PropertyValue',
			'propertyID' => '' !== $body ? $body : __( 'Registration number', 'hcp-compliance' ),
			'value'      => $number,
		);
	}
	if ( '' !== $affiliation ) {
		$person['affiliation'] = array(
			'@type' => 'Organization',
			'name'  => $affiliation,
		);
	}

	$page = array(
		'@type'        => 'MedicalWebPage',
		'@id'          => $url . '#hcp-compliance-page',
		'url'          => $url,
		'name'         => wp_strip_all_tags( get_the_title( $post ) ),
		'author'       => array( '@id' => $person_id ),
		'reviewedBy'   => array( '@id' => $person_id ),
		'lastReviewed' => get_post_modified_time( 'Y-m-d', true, $post ),
	);

	return array(
		'person' => $person,
		'page'   => $page,
	);
}

/**
 * Merges the author and page into another plugin's graph: the graph's WebPage
 * becomes a MedicalWebPage too, with the author and last review date, and the
 * author is added as a node.
 *
 * @param array  $nodes      Graph nodes (list, or keyed as Rank Math keys them).
 * @param array  $data       Result of hcp_compliance_structured_data().
 * @param string $person_key Key for the author node in a keyed graph ('' to append).
 * @return array The merged graph.
 */
function hcp_compliance_merge_schema_graph( $nodes, $data, $person_key = '' ) {
	$merged = false;
	foreach ( $nodes as $key => $node ) {
		if ( ! is_array( $node ) || ! isset( $node['@type'] ) ) {
			continue;
		}
		$types = (array) $node['@type'];
		if ( ! in_array( 'WebPage', $types, true ) && ! in_array( 'MedicalWebPage', $types, true ) ) {
			continue;
		}
		if ( ! in_array( 'MedicalWebPage', $types, true ) ) {
			$types[] = 'MedicalWebPage';
		}
		$nodes[ $key ]['@type']        = $types;
		$nodes[ $key ]['lastReviewed'] = $data['page']['lastReviewed'];
		$nodes[ $key ]['reviewedBy']   = $data['page']['reviewedBy'];
		$merged                        = true;
		break;
	}
	if ( ! $merged ) {
		$page = $data['page'];
		if ( '' === $person_key ) {
			$nodes[] = $page;
		} else {
			$nodes[ $person_key . 'Page' ] = $page;
		}
	}
	if ( '' === $person_key ) {
		$nodes[] = $data['person'];
	} else {
		$nodes[ $person_key ] = $data['person'];
	}
	return $nodes;
}

/**
 * The post the current request shows, when it is a single post or page.
 *
 * @return WP_Post|null The post.
 */
function hcp_compliance_schema_post() {
	if ( ! is_singular() ) {
		return null;
	}
	$post = get_queried_object();
	return $post instanceof WP_Post ? $post : null;
}

/**
 * Yoast SEO: merge into its graph (filter `wpseo_schema_graph`).
 *
 * @param array $graph Yoast's graph pieces.
 * @return array The graph.
 */
function hcp_compliance_merge_into_yoast( $graph ) {
	$data = hcp_compliance_structured_data( hcp_compliance_schema_post() );
	if ( null === $data || ! is_array( $graph ) ) {
		return $graph;
	}
	$GLOBALS['hcp_compliance_schema_merged'] = true;
	return array_values( hcp_compliance_merge_schema_graph( $graph, $data ) );
}
add_filter( 'wpseo_schema_graph', 'hcp_compliance_merge_into_yoast', 20 );

/**
 * Rank Math: merge into its JSON-LD (filter `rank_math/json_ld`, keyed nodes).
 *
 * @param array $data Rank Math's nodes.
 * @return array The nodes.
 */
function hcp_compliance_merge_into_rank_math( $data ) {
	$ours = hcp_compliance_structured_data( hcp_compliance_schema_post() );
	if ( null === $ours || ! is_array( $data ) ) {
		return $data;
	}
	$GLOBALS['hcp_compliance_schema_merged'] = true;
	return hcp_compliance_merge_schema_graph( $data, $ours, 'hcpComplianceAuthor' );
}
add_filter( 'rank_math/json_ld', 'hcp_compliance_merge_into_rank_math', 99 );

/**
 * Prints the JSON-LD once, unless an SEO plugin has already carried it in its graph.
 *
 * Runs late in wp_head, after Yoast SEO and Rank Math print theirs (priority 1).
 */
function hcp_compliance_print_structured_data() {
	static $printed = false;
	if ( $printed || ! empty( $GLOBALS['hcp_compliance_schema_merged'] ) ) {
		return;
	}
	$data = hcp_compliance_structured_data( hcp_compliance_schema_post() );
	if ( null === $data ) {
		return;
	}
	$printed = true;
	$json    = wp_json_encode(
		array(
			'@context' => 'https://schema.org',
			'@graph'   => array( $data['page'], $data['person'] ),
		),
		JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES
	);
	if ( false === $json ) {
		return;
	}
	// JSON_HEX_TAG encodes "<" and ">", so no text in the data can close the script element.
	echo '<script type="application/ld+json" class="hcp-compliance-schema">' . $json . "</script>\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}
add_action( 'wp_head', 'hcp_compliance_print_structured_data', 99 );
