<?php
/**
 * Audit trail: dismissals, restores and publish-gate overrides, kept in the
 * `_hcp_compliance_audit` post meta so they save with the post.
 *
 * The trail is append-only: a write may add entries but never drop or rewrite
 * stored ones, and the server stamps who and when on every new entry.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Entry types: a dismissal, the restore that ends it, and an override of the publish gate.
 *
 * @return string[] Types.
 */
function hcp_compliance_audit_types() {
	return array( 'dismissal', 'restore', 'override' );
}

/**
 * Reasons a clinician may give; restores carry none.
 *
 * @return string[] Reasons.
 */
function hcp_compliance_audit_reasons() {
	return array( '', 'consent-on-file', 'composite-case', 'not-a-patient', 'false-positive', 'other' );
}

/**
 * JSON schema of one entry, shared by REST validation and the editor.
 *
 * @return array Schema.
 */
function hcp_compliance_audit_entry_schema() {
	return array(
		'type'                 => 'object',
		'additionalProperties' => false,
		'properties'           => array(
			'type'        => array(
				'type' => 'string',
				'enum' => hcp_compliance_audit_types(),
			),
			'ruleId'      => array( 'type' => 'string' ),
			'fingerprint' => array( 'type' => 'string' ),
			'excerpt'     => array( 'type' => 'string' ),
			'reason'      => array(
				'type' => 'string',
				'enum' => hcp_compliance_audit_reasons(),
			),
			'comment'     => array( 'type' => 'string' ),
			'user'        => array( 'type' => 'integer' ),
			'userName'    => array( 'type' => 'string' ),
			'time'        => array( 'type' => 'string' ),
		),
	);
}

/**
 * Registers the meta on every post type, editable only by users who may edit the post.
 */
function hcp_compliance_register_audit_meta() {
	register_post_meta(
		'',
		'_hcp_compliance_audit',
		array(
			'type'              => 'array',
			'single'            => true,
			'default'           => array(),
			'description'       => __( 'Compliance audit trail: dismissals, restores and publish overrides.', 'hcp-compliance' ),
			'sanitize_callback' => 'hcp_compliance_sanitize_audit',
			'auth_callback'     => 'hcp_compliance_can_edit_audit',
			'show_in_rest'      => array(
				'schema' => array(
					'type'  => 'array',
					'items' => hcp_compliance_audit_entry_schema(),
				),
			),
		)
	);
}
add_action( 'init', 'hcp_compliance_register_audit_meta' );

/**
 * Only a user who can edit the post may write its audit trail.
 *
 * @param bool   $allowed  Whether the user can add the meta (unused: decided here).
 * @param string $meta_key Meta key.
 * @param int    $post_id  Post ID.
 * @return bool
 */
function hcp_compliance_can_edit_audit( $allowed, $meta_key, $post_id ) {
	unset( $allowed, $meta_key );
	return current_user_can( 'edit_post', (int) $post_id );
}

/**
 * Shortens an excerpt and, for privacy rules, keeps only initials so the trail never stores the identifier it was about.
 *
 * @param string $excerpt Excerpt.
 * @param string $rule_id Rule ID.
 * @return string Safe excerpt.
 */
function hcp_compliance_audit_excerpt( $excerpt, $rule_id ) {
	$excerpt = sanitize_text_field( $excerpt );
	if ( 0 === strpos( $rule_id, 'privacy/' ) ) {
		$words = preg_split( '/\s+/u', $excerpt, -1, PREG_SPLIT_NO_EMPTY );
		$masked = array();
		foreach ( (array) $words as $word ) {
			$masked[] = mb_substr( $word, 0, 1 ) . '…';
		}
		$excerpt = implode( ' ', $masked );
	}
	return mb_substr( $excerpt, 0, 120 );
}

/**
 * Sanitises every field of every entry; entries of an unknown type are dropped.
 *
 * @param mixed $value Proposed meta value.
 * @return array Clean entries.
 */
function hcp_compliance_sanitize_audit( $value ) {
	if ( ! is_array( $value ) ) {
		return array();
	}
	$clean = array();
	foreach ( $value as $entry ) {
		if ( ! is_array( $entry ) || ! isset( $entry['type'] ) || ! in_array( $entry['type'], hcp_compliance_audit_types(), true ) ) {
			continue;
		}
		$rule_id = isset( $entry['ruleId'] ) && is_string( $entry['ruleId'] ) && preg_match( '#^[a-z-]+/[a-z-]+$#', $entry['ruleId'] ) ? $entry['ruleId'] : '';
		$reason  = isset( $entry['reason'] ) && in_array( $entry['reason'], hcp_compliance_audit_reasons(), true ) ? $entry['reason'] : '';
		$time    = isset( $entry['time'] ) && is_string( $entry['time'] ) && preg_match( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/', $entry['time'] ) ? $entry['time'] : '';
		$clean[] = array(
			'type'        => $entry['type'],
			'ruleId'      => $rule_id,
			'fingerprint' => isset( $entry['fingerprint'] ) ? mb_substr( sanitize_text_field( (string) $entry['fingerprint'] ), 0, 128 ) : '',
			'excerpt'     => isset( $entry['excerpt'] ) ? hcp_compliance_audit_excerpt( (string) $entry['excerpt'], $rule_id ) : '',
			'reason'      => $reason,
			'comment'     => isset( $entry['comment'] ) ? mb_substr( sanitize_textarea_field( (string) $entry['comment'] ), 0, 500 ) : '',
			'user'        => isset( $entry['user'] ) ? absint( $entry['user'] ) : 0,
			'userName'    => isset( $entry['userName'] ) ? sanitize_text_field( (string) $entry['userName'] ) : '',
			'time'        => $time,
		);
	}
	return $clean;
}

/**
 * Identity of an entry: a stored entry sent back unchanged is recognised by it.
 *
 * @param array $entry Entry.
 * @return string Key.
 */
function hcp_compliance_audit_key( $entry ) {
	return implode( '|', array( $entry['type'], $entry['ruleId'], $entry['fingerprint'], $entry['user'], $entry['time'] ) );
}

/**
 * The trail to store: every stored entry, then the proposed entries that are new,
 * stamped with the current user and time. A new override is kept only when the
 * user holds the override capability.
 *
 * @param array $stored   Stored entries.
 * @param array $proposed Proposed (sanitised) entries.
 * @return array Entries.
 */
function hcp_compliance_merge_audit( $stored, $proposed ) {
	$stored = hcp_compliance_sanitize_audit( $stored );
	$known  = array();
	foreach ( $stored as $entry ) {
		$known[ hcp_compliance_audit_key( $entry ) ] = true;
	}
	$user   = wp_get_current_user();
	$merged = $stored;
	foreach ( hcp_compliance_sanitize_audit( $proposed ) as $entry ) {
		if ( isset( $known[ hcp_compliance_audit_key( $entry ) ] ) ) {
			continue;
		}
		if ( 'override' === $entry['type'] && ! hcp_compliance_current_user_can_override() ) {
			continue;
		}
		$entry['user']     = (int) $user->ID;
		$entry['userName'] = $user->exists() ? $user->display_name : '';
		$entry['time']     = gmdate( 'Y-m-d\TH:i:s\Z' );
		$merged[]          = $entry;
	}
	return $merged;
}

/**
 * Routes every write of the trail through hcp_compliance_merge_audit().
 *
 * @param null|bool $check      Short-circuit value.
 * @param int       $object_id  Post ID.
 * @param string    $meta_key   Meta key.
 * @param mixed     $meta_value Proposed (already sanitised) value.
 * @return null|bool Null to let other keys through, else whether the write succeeded.
 */
function hcp_compliance_guard_audit_write( $check, $object_id, $meta_key, $meta_value ) {
	static $writing = false;
	if ( '_hcp_compliance_audit' !== $meta_key || $writing ) {
		return $check;
	}
	$stored = get_post_meta( $object_id, '_hcp_compliance_audit', true );
	$merged = hcp_compliance_merge_audit( is_array( $stored ) ? $stored : array(), $meta_value );
	if ( is_array( $stored ) && $merged === $stored ) {
		// Nothing new: report success so the REST API does not call an unchanged trail an error.
		return true;
	}
	$writing = true;
	$result  = update_post_meta( $object_id, '_hcp_compliance_audit', wp_slash( $merged ) );
	$writing = false;
	return (bool) $result;
}
add_filter( 'update_post_metadata', 'hcp_compliance_guard_audit_write', 10, 4 );
add_filter( 'add_post_metadata', 'hcp_compliance_guard_audit_write', 10, 4 );
