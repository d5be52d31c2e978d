<?php
/**
 * Practice policy: the `hcp_compliance_settings` option, its REST schema and
 * sanitising, the public subset handed to the editor, and the settings screen.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Rule IDs of the contract (/work/shared/spec/rules.md); the policy may set a level for each.
 *
 * @return string[] Rule IDs.
 */
function hcp_compliance_rule_ids() {
	return array(
		'privacy/patient-identifier',
		'privacy/patient-case-without-consent',
		'patient-care/individual-advice',
		'patient-care/missing-disclaimer',
		'content/unsourced-claim',
		'content/absolute-claim',
		'networking/personal-contact',
		'identification/missing-credentials',
		'identification/missing-capacity',
		'licensing/missing-registration',
		'identification/undisclosed-sponsorship',
		'legality/unattributed-media',
		'professionalism/disrespectful-language',
	);
}

/**
 * The policy levels a rule may have.
 *
 * @return string[] Levels.
 */
function hcp_compliance_policy_levels() {
	return array( 'off', 'advise', 'require' );
}

/**
 * Default policy: identifying a patient is the one thing that stops publishing out of the box.
 *
 * @return array Default settings.
 */
function hcp_compliance_default_settings() {
	$rules = array();
	foreach ( hcp_compliance_rule_ids() as $rule_id ) {
		$rules[ $rule_id ] = 'advise';
	}
	$rules['privacy/patient-identifier'] = 'require';
	return array(
		'rules'              => $rules,
		'disclaimerText'     => __( 'This post is general health information, not medical advice for your situation. Talk to your own doctor or nurse about your care.', 'hcp-compliance' ),
		'affiliation'        => '',
		'officialContacts'   => '',
		'overrideCapability' => 'edit_others_posts',
	);
}

/**
 * Capabilities offered for "who may override the publish gate", from most to least restrictive.
 *
 * @return string[] Capability names.
 */
function hcp_compliance_override_capabilities() {
	return array( 'manage_options', 'edit_others_posts', 'publish_posts', 'edit_posts' );
}

/**
 * A stored value merged over the defaults, so every key is always present.
 *
 * @param mixed $stored Stored option value.
 * @return array Settings.
 */
function hcp_compliance_merge_settings( $stored ) {
	$defaults = hcp_compliance_default_settings();
	if ( ! is_array( $stored ) ) {
		$stored = array();
	}
	$settings          = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );
	$settings['rules'] = array_merge(
		$defaults['rules'],
		isset( $stored['rules'] ) && is_array( $stored['rules'] ) ? array_intersect_key( $stored['rules'], $defaults['rules'] ) : array()
	);
	return $settings;
}

/**
 * The practice policy (the option's read filter merges it over the defaults).
 *
 * @return array Settings.
 */
function hcp_compliance_get_settings() {
	return hcp_compliance_merge_settings( get_option( 'hcp_compliance_settings', array() ) );
}

/**
 * The capability that lets a user publish despite a "require" finding.
 *
 * @return string Capability name.
 */
function hcp_compliance_override_capability() {
	$settings = hcp_compliance_get_settings();
	/**
	 * Filters the capability a user needs to override the compliance publish gate.
	 *
	 * @param string $capability Capability from the practice policy (default 'edit_others_posts').
	 */
	$capability = apply_filters( 'hcp_compliance_override_capability', $settings['overrideCapability'] );
	return is_string( $capability ) && '' !== $capability ? $capability : 'edit_others_posts';
}

/**
 * Whether the current user may override the publish gate.
 *
 * @return bool
 */
function hcp_compliance_current_user_can_override() {
	return current_user_can( hcp_compliance_override_capability() );
}

/**
 * REST schema of the option; the settings endpoint validates against it before sanitising.
 *
 * @return array JSON schema.
 */
function hcp_compliance_settings_schema() {
	$rule_properties = array();
	foreach ( hcp_compliance_rule_ids() as $rule_id ) {
		$rule_properties[ $rule_id ] = array(
			'type' => 'string',
			'enum' => hcp_compliance_policy_levels(),
		);
	}
	return array(
		'type'                 => 'object',
		'additionalProperties' => false,
		'properties'           => array(
			'rules'              => array(
				'type'                 => 'object',
				'properties'           => $rule_properties,
				'additionalProperties' => false,
			),
			'disclaimerText'     => array(
				'type'      => 'string',
				'maxLength' => 2000,
			),
			'affiliation'        => array(
				'type'      => 'string',
				'maxLength' => 200,
			),
			'officialContacts'   => array(
				'type'      => 'string',
				'maxLength' => 2000,
			),
			'overrideCapability' => array(
				'type'    => 'string',
				'pattern' => '^[a-z0-9_]+$',
			),
		),
	);
}

/**
 * Sanitises the whole option; a bad field keeps its previous value and says why.
 *
 * Runs for every write (REST, options.php, update_option), so nothing unchecked is stored.
 *
 * @param mixed $value Proposed value.
 * @return array Clean settings.
 */
function hcp_compliance_sanitize_settings( $value ) {
	$current = hcp_compliance_get_settings();
	if ( ! is_array( $value ) ) {
		return $current;
	}
	$clean = $current;

	if ( isset( $value['rules'] ) && is_array( $value['rules'] ) ) {
		foreach ( $value['rules'] as $rule_id => $level ) {
			if ( in_array( $rule_id, hcp_compliance_rule_ids(), true ) && in_array( $level, hcp_compliance_policy_levels(), true ) ) {
				$clean['rules'][ $rule_id ] = $level;
			}
		}
	}
	if ( isset( $value['disclaimerText'] ) && is_string( $value['disclaimerText'] ) ) {
		// The disclaimer may carry a link or emphasis, as the disclaimer block allows.
		$clean['disclaimerText'] = trim( wp_kses( $value['disclaimerText'], hcp_compliance_inline_html() ) );
	}
	if ( isset( $value['affiliation'] ) && is_string( $value['affiliation'] ) ) {
		$clean['affiliation'] = sanitize_text_field( $value['affiliation'] );
	}
	if ( isset( $value['officialContacts'] ) && is_string( $value['officialContacts'] ) ) {
		$lines                       = array_filter( array_map( 'sanitize_text_field', preg_split( '/\R/', $value['officialContacts'] ) ) );
		$clean['officialContacts'] = implode( "\n", $lines );
	}
	if ( isset( $value['overrideCapability'] ) && is_string( $value['overrideCapability'] ) ) {
		$capability = sanitize_key( $value['overrideCapability'] );
		if ( in_array( $capability, hcp_compliance_override_capabilities(), true ) ) {
			$clean['overrideCapability'] = $capability;
		} elseif ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( 'hcp_compliance_settings', 'hcp_compliance_capability', __( 'Unknown capability for overriding the publish gate; the previous one is kept.', 'hcp-compliance' ) );
		}
	}
	return $clean;
}

/**
 * Inline HTML allowed in the default disclaimer text.
 *
 * @return array wp_kses allowed tags.
 */
function hcp_compliance_inline_html() {
	return array(
		'a'      => array(
			'href'   => true,
			'rel'    => true,
			'target' => true,
		),
		'em'     => array(),
		'strong' => array(),
		'br'     => array(),
	);
}

/**
 * Registers the option for the REST settings endpoint (manage_options only, as for every setting).
 */
function hcp_compliance_register_settings() {
	register_setting(
		'options',
		'hcp_compliance_settings',
		array(
			'type'              => 'object',
			'description'       => __( 'HCP Compliance practice policy.', 'hcp-compliance' ),
			'default'           => hcp_compliance_default_settings(),
			'sanitize_callback' => 'hcp_compliance_sanitize_settings',
			'show_in_rest'      => array(
				'name'   => 'hcp_compliance_settings',
				'schema' => hcp_compliance_settings_schema(),
			),
		)
	);
}
add_action( 'init', 'hcp_compliance_register_settings' );

// The REST API reads the raw option; merging keeps every field present after a rule is added.
add_filter( 'option_hcp_compliance_settings', 'hcp_compliance_merge_settings' );

/**
 * Hands the editor the part of the policy every author may see (no capability names).
 *
 * @param array $settings Block editor settings.
 * @return array Settings with `hcpCompliance`.
 */
function hcp_compliance_editor_settings( $settings ) {
	$policy   = hcp_compliance_get_settings();
	$existing = isset( $settings['hcpCompliance'] ) && is_array( $settings['hcpCompliance'] ) ? $settings['hcpCompliance'] : array();

	$settings['hcpCompliance'] = array_merge(
		$existing,
		array(
			'affiliation'      => $policy['affiliation'],
			'disclaimerText'   => $policy['disclaimerText'],
			'officialContacts' => array_values( array_filter( explode( "\n", $policy['officialContacts'] ) ) ),
			'rules'            => $policy['rules'],
			'canOverride'      => hcp_compliance_current_user_can_override(),
		)
	);
	return $settings;
}
add_filter( 'block_editor_settings_all', 'hcp_compliance_editor_settings' );

/**
 * Adds Settings → HCP Compliance.
 */
function hcp_compliance_add_settings_page() {
	$hook = add_options_page(
		__( 'HCP Compliance', 'hcp-compliance' ),
		__( 'HCP Compliance', 'hcp-compliance' ),
		'manage_options',
		'hcp-compliance',
		'hcp_compliance_render_settings_page'
	);
	if ( $hook ) {
		add_action( 'load-' . $hook, 'hcp_compliance_load_settings_page' );
	}
}
add_action( 'admin_menu', 'hcp_compliance_add_settings_page' );

/**
 * Enqueues the settings app only on its own screen.
 */
function hcp_compliance_load_settings_page() {
	add_action( 'admin_enqueue_scripts', 'hcp_compliance_enqueue_settings_assets' );
}

/**
 * Enqueues build/settings.js with its generated dependencies.
 */
function hcp_compliance_enqueue_settings_assets() {
	$handle = hcp_compliance_register_entry( 'settings' );
	if ( null === $handle ) {
		return;
	}
	wp_enqueue_script( $handle );
	wp_enqueue_style( 'wp-components' );
	if ( wp_style_is( $handle, 'registered' ) ) {
		wp_enqueue_style( $handle );
	}
	wp_add_inline_script(
		$handle,
		'window.hcpComplianceSettings = ' . wp_json_encode(
			array(
				'capabilities' => hcp_compliance_override_capabilities(),
				'defaults'     => hcp_compliance_default_settings(),
			)
		) . ';',
		'before'
	);
}

/**
 * The screen's mount point; the React app fills it.
 */
function hcp_compliance_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'HCP Compliance', 'hcp-compliance' ) . '</h1>';
	echo '<div id="hcp-compliance-settings"><p>' . esc_html__( 'Loading…', 'hcp-compliance' ) . '</p></div></div>';
}
