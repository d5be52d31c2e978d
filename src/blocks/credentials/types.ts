/**
 * Attribute types of the credentials block.
 */
import type { CredentialsAttributes } from '../../engine/types';

import type { Labels } from './labels';

/** The contract's attributes plus the phrases frozen at the last edit. */
export interface CredentialsBlockAttributes extends CredentialsAttributes {
	labels?: Labels;
}

/** The text fields, in the order the edit form shows them. */
export const TEXT_FIELDS = [
	'name',
	'credentials',
	'specialty',
	'registrationNumber',
	'registrationBody',
	'affiliation',
	'disclosures',
] as const;

/** A text field's attribute name. */
export type TextField = ( typeof TEXT_FIELDS )[ number ];

/** Every attribute a profile carries (all but the frozen phrases). */
export const PROFILE_FIELDS = [ ...TEXT_FIELDS, 'capacity' ] as const;

/** The author profile saved in user meta `hcp_compliance_profile`. */
export type AuthorProfile = Partial<
	Record< ( typeof PROFILE_FIELDS )[ number ], string >
>;
