<?php
/**
 * The credentials and disclaimer blocks: registration from build/, output
 * filtering, and keeping their attributes intact through kses.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Names of the plugin's blocks (folders under build/blocks/).
 *
 * @return string[] Block folder names.
 */
function hcp_compliance_block_names() {
	return array( 'credentials', 'disclaimer' );
}

/**
 * Registers each block from its built block.json, with script translations.
 */
function hcp_compliance_register_blocks() {
	foreach ( hcp_compliance_block_names() as $name ) {
		$dir = HCP_COMPLIANCE_DIR . 'build/blocks/' . $name;
		if ( ! file_exists( $dir . '/block.json' ) ) {
			continue;
		}
		$block_type = register_block_type( $dir );
		if ( ! $block_type ) {
			continue;
		}
		foreach ( $block_type->editor_script_handles as $handle ) {
			wp_set_script_translations( $handle, 'hcp-compliance', HCP_COMPLIANCE_DIR . 'languages' );
		}
	}
}
add_action( 'init', 'hcp_compliance_register_blocks' );

/**
 * Passes the disclaimer's saved markup through wp_kses_post on output.
 *
 * The disclaimer's text is inline HTML. Posts by users without unfiltered_html
 * are already filtered on save; this also covers markup written by trusted
 * users or imported, so a script in the text never reaches a reader.
 *
 * @param string $block_content Rendered block.
 * @return string Filtered block.
 */
function hcp_compliance_filter_disclaimer_output( $block_content ) {
	return wp_kses_post( $block_content );
}
add_filter( 'render_block_hcp-compliance/disclaimer', 'hcp_compliance_filter_disclaimer_output' );

/**
 * Plain-text attributes of the credentials block (rendered as escaped text everywhere).
 *
 * @return string[] Attribute names.
 */
function hcp_compliance_credentials_text_attributes() {
	return array( 'name', 'credentials', 'specialty', 'registrationNumber', 'registrationBody', 'affiliation', 'disclosures' );
}

/**
 * Matches the opening comment of a credentials block and its attributes.
 *
 * The serializer escapes "--" inside attribute JSON, so the first "} -->"
 * (or "} /-->") ends the attributes.
 *
 * @return string PCRE pattern.
 */
function hcp_compliance_credentials_comment_pattern() {
	return '#<!--\s+wp:hcp-compliance/credentials\s+(\{.*?\})\s+(/?)-->#s';
}

/**
 * Sanitises the credentials block's attributes for storage.
 *
 * Its text attributes are plain text that every output escapes (React in the
 * saved markup, JSON_HEX_TAG in the JSON-LD), so they keep what the author
 * typed; markup in them is text, not HTML. Anything else (block supports such
 * as style or className) goes through kses as core would filter it.
 *
 * @param array $attrs Attributes decoded from the block comment.
 * @return array Sanitised attributes.
 */
function hcp_compliance_sanitize_credentials_attributes( $attrs ) {
	$clean = array();
	foreach ( $attrs as $key => $value ) {
		if ( in_array( $key, hcp_compliance_credentials_text_attributes(), true ) ) {
			if ( is_string( $value ) ) {
				$clean[ $key ] = str_replace( "\0", '', wp_check_invalid_utf8( $value, true ) );
			}
		} elseif ( 'capacity' === $key ) {
			if ( in_array( $value, array( '', 'independent', 'employer' ), true ) ) {
				$clean[ $key ] = $value;
			}
		} elseif ( 'labels' === $key ) {
			if ( is_array( $value ) ) {
				$labels = array();
				foreach ( $value as $label_key => $label ) {
					if ( is_string( $label_key ) && preg_match( '/^[A-Za-z]+$/', $label_key ) && is_string( $label ) ) {
						$labels[ $label_key ] = str_replace( "\0", '', wp_check_invalid_utf8( $label, true ) );
					}
				}
				if ( ! empty( $labels ) ) {
					$clean[ $key ] = $labels;
				}
			}
		} else {
			$clean[ $key ] = filter_block_kses_value( $value, 'post' );
		}
	}
	return $clean;
}

/**
 * Before kses (priority 9): sets the credentials blocks' attributes aside.
 *
 * For users without unfiltered_html, kses filters every block attribute as
 * HTML: "Smith & Jones" becomes "Smith &amp; Jones" and "<b>" is stripped, while
 * the saved markup keeps the escaped text, so the block would no longer match
 * its markup and show as invalid on the next load. The attributes are swapped
 * for a reference here and put back, sanitised, after kses.
 *
 * @param string $content Slashed post content.
 * @return string Slashed post content with references instead of attributes.
 */
function hcp_compliance_set_aside_credentials_attributes( $content ) {
	$GLOBALS['hcp_compliance_credentials_attributes'] = array();
	if ( ! is_string( $content ) || false === strpos( $content, 'wp:hcp-compliance/credentials' ) || ! has_filter( 'content_save_pre', 'wp_filter_post_kses' ) ) {
		return $content;
	}
	$replaced = preg_replace_callback(
		hcp_compliance_credentials_comment_pattern(),
		static function ( $matches ) {
			$attrs = json_decode( $matches[1], true );
			if ( ! is_array( $attrs ) ) {
				return $matches[0];
			}
			$index = count( $GLOBALS['hcp_compliance_credentials_attributes'] );
			$GLOBALS['hcp_compliance_credentials_attributes'][ $index ] = $attrs;
			return '<!-- wp:hcp-compliance/credentials {"hcpComplianceRef":' . $index . '} ' . $matches[2] . '-->';
		},
		wp_unslash( $content )
	);
	return null === $replaced ? $content : wp_slash( $replaced );
}
add_filter( 'content_save_pre', 'hcp_compliance_set_aside_credentials_attributes', 9 );

/**
 * After kses (priority 11): puts the sanitised attributes back.
 *
 * @param string $content Slashed post content, filtered by kses.
 * @return string Slashed post content with the blocks' attributes.
 */
function hcp_compliance_restore_credentials_attributes( $content ) {
	$stored = isset( $GLOBALS['hcp_compliance_credentials_attributes'] ) ? $GLOBALS['hcp_compliance_credentials_attributes'] : array();
	$GLOBALS['hcp_compliance_credentials_attributes'] = array();
	if ( empty( $stored ) || ! is_string( $content ) ) {
		return $content;
	}
	$replaced = preg_replace_callback(
		'#<!--\s+wp:hcp-compliance/credentials\s+\{"hcpComplianceRef":(\d+)\}\s+(/?)-->#',
		static function ( $matches ) use ( $stored ) {
			$index = (int) $matches[1];
			if ( ! isset( $stored[ $index ] ) ) {
				return '<!-- wp:hcp-compliance/credentials ' . $matches[2] . '-->';
			}
			$attrs = hcp_compliance_sanitize_credentials_attributes( $stored[ $index ] );
			$json  = empty( $attrs ) ? '' : serialize_block_attributes( $attrs ) . ' ';
			return '<!-- wp:hcp-compliance/credentials ' . $json . $matches[2] . '-->';
		},
		wp_unslash( $content )
	);
	return null === $replaced ? $content : wp_slash( $replaced );
}
add_filter( 'content_save_pre', 'hcp_compliance_restore_credentials_attributes', 11 );
