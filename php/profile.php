<?php
/**
 * Author profile: the credentials an author saves once (user meta
 * `hcp_compliance_profile`), read by the credentials block to pre-fill new
 * blocks, editable from the block ("Save as my profile") and the profile screen.
 *
 * @package HcpCompliance
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Fields of the profile: the credentials block's attributes.
 *
 * @return array<string, string> Field => label.
 */
function hcp_compliance_profile_fields() {
	return array(
		'name'               => __( 'Name', 'hcp-compliance' ),
		'credentials'        => __( 'Credentials', 'hcp-compliance' ),
		'specialty'          => __( 'Specialty', 'hcp-compliance' ),
		'registrationNumber' => __( 'Registration number', 'hcp-compliance' ),
		'registrationBody'   => __( 'Registration body', 'hcp-compliance' ),
		'affiliation'        => __( 'Affiliation', 'hcp-compliance' ),
		'capacity'           => __( 'Capacity', 'hcp-compliance' ),
		'disclosures'        => __( 'Disclosures', 'hcp-compliance' ),
	);
}

/**
 * Allowed capacity values ('' = not stated).
 *
 * @return string[] Values.
 */
function hcp_compliance_capacity_values() {
	return array( '', 'independent', 'employer' );
}

/**
 * Sanitises a profile: known fields only, single-line text, multi-line disclosures.
 *
 * @param mixed $value Raw profile.
 * @return array<string, string> Clean profile.
 */
function hcp_compliance_sanitize_profile( $value ) {
	$clean = array();
	if ( ! is_array( $value ) ) {
		return $clean;
	}
	foreach ( array_keys( hcp_compliance_profile_fields() ) as $field ) {
		if ( ! isset( $value[ $field ] ) || ! is_scalar( $value[ $field ] ) ) {
			continue;
		}
		$text = (string) $value[ $field ];
		if ( 'capacity' === $field ) {
			$clean[ $field ] = in_array( $text, hcp_compliance_capacity_values(), true ) ? $text : '';
		} elseif ( 'disclosures' === $field ) {
			$clean[ $field ] = sanitize_textarea_field( $text );
		} else {
			$clean[ $field ] = sanitize_text_field( $text );
		}
	}
	return $clean;
}

/**
 * Whether a user may change a profile: its owner, or someone who can edit that user.
 *
 * @param bool   $allowed   Whether allowed so far.
 * @param string $meta_key  Meta key.
 * @param int    $object_id Profile owner.
 * @param int    $user_id   User making the change.
 * @return bool Whether allowed.
 */
function hcp_compliance_can_edit_profile( $allowed, $meta_key, $object_id, $user_id ) {
	return (int) $user_id === (int) $object_id || user_can( $user_id, 'edit_user', $object_id );
}

/**
 * Registers the profile meta for the REST API (edit context only: a profile
 * being drafted is not public until it is published in a post).
 */
function hcp_compliance_register_profile_meta() {
	$properties = array();
	foreach ( array_keys( hcp_compliance_profile_fields() ) as $field ) {
		$properties[ $field ] = array( 'type' => 'string' );
	}
	$properties['capacity']['enum'] = hcp_compliance_capacity_values();

	register_meta(
		'user',
		'hcp_compliance_profile',
		array(
			'type'              => 'object',
			'description'       => __( 'Credentials the author saves once to pre-fill the credentials block.', 'hcp-compliance' ),
			'single'            => true,
			'default'           => array(),
			'sanitize_callback' => 'hcp_compliance_sanitize_profile',
			'auth_callback'     => 'hcp_compliance_can_edit_profile',
			'show_in_rest'      => array(
				'schema' => array(
					'type'                 => 'object',
					'context'              => array( 'edit' ),
					'properties'           => $properties,
					'additionalProperties' => false,
				),
			),
		)
	);
}
add_action( 'init', 'hcp_compliance_register_profile_meta' );

/**
 * Shows the profile fields on the user profile screen.
 *
 * @param WP_User $user The user being edited.
 */
function hcp_compliance_render_profile_section( $user ) {
	if ( ! current_user_can( 'edit_user', $user->ID ) ) {
		return;
	}
	$profile = hcp_compliance_sanitize_profile( get_user_meta( $user->ID, 'hcp_compliance_profile', true ) );
	$fields  = hcp_compliance_profile_fields();
	?>
	<h2 id="hcp-compliance-profile"><?php esc_html_e( 'Professional credentials', 'hcp-compliance' ); ?></h2>
	<p class="description"><?php esc_html_e( 'New credentials blocks in your posts start with these details.', 'hcp-compliance' ); ?></p>
	<?php wp_nonce_field( 'hcp_compliance_profile_' . $user->ID, 'hcp_compliance_profile_nonce' ); ?>
	<table class="form-table" role="presentation">
		<?php foreach ( $fields as $field => $label ) : ?>
			<?php
			$id    = 'hcp-compliance-profile-' . $field;
			$value = isset( $profile[ $field ] ) ? $profile[ $field ] : '';
			?>
			<tr>
				<th scope="row"><label for="<?php echo esc_attr( $id ); ?>"><?php echo esc_html( $label ); ?></label></th>
				<td>
					<?php if ( 'capacity' === $field ) : ?>
						<select id="<?php echo esc_attr( $id ); ?>" name="hcp_compliance_profile[capacity]">
							<option value="" <?php selected( $value, '' ); ?>><?php esc_html_e( 'Not stated', 'hcp-compliance' ); ?></option>
							<option value="independent" <?php selected( $value, 'independent' ); ?>><?php esc_html_e( 'Personal capacity: my own views', 'hcp-compliance' ); ?></option>
							<option value="employer" <?php selected( $value, 'employer' ); ?>><?php esc_html_e( 'On behalf of my employer', 'hcp-compliance' ); ?></option>
						</select>
					<?php elseif ( 'disclosures' === $field ) : ?>
						<textarea id="<?php echo esc_attr( $id ); ?>" name="hcp_compliance_profile[disclosures]" rows="3" class="large-text"><?php echo esc_textarea( $value ); ?></textarea>
					<?php else : ?>
						<input type="text" id="<?php echo esc_attr( $id ); ?>" name="hcp_compliance_profile[<?php echo esc_attr( $field ); ?>]" value="<?php echo esc_attr( $value ); ?>" class="regular-text" />
					<?php endif; ?>
				</td>
			</tr>
		<?php endforeach; ?>
	</table>
	<?php
}
add_action( 'show_user_profile', 'hcp_compliance_render_profile_section' );
add_action( 'edit_user_profile', 'hcp_compliance_render_profile_section' );

/**
 * Saves the profile fields from the user profile screen.
 *
 * @param int $user_id The user being saved.
 */
function hcp_compliance_save_profile_section( $user_id ) {
	if ( ! isset( $_POST['hcp_compliance_profile_nonce'] ) || ! current_user_can( 'edit_user', $user_id ) ) {
		return;
	}
	if ( ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_POST['hcp_compliance_profile_nonce'] ) ), 'hcp_compliance_profile_' . $user_id ) ) {
		return;
	}
	// Each field is sanitised by hcp_compliance_sanitize_profile().
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	$raw = isset( $_POST['hcp_compliance_profile'] ) && is_array( $_POST['hcp_compliance_profile'] ) ? wp_unslash( $_POST['hcp_compliance_profile'] ) : array();
	update_user_meta( $user_id, 'hcp_compliance_profile', hcp_compliance_sanitize_profile( $raw ) );
}
add_action( 'personal_options_update', 'hcp_compliance_save_profile_section' );
add_action( 'edit_user_profile_update', 'hcp_compliance_save_profile_section' );
