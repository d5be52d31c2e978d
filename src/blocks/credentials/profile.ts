/**
 * The author profile as data: reading it from the REST API and turning it
 * into the attributes a new credentials block starts with.
 */
import {
	PROFILE_FIELDS,
	type AuthorProfile,
	type CredentialsBlockAttributes,
} from './types';

/**
 * Keeps only the known profile fields that hold strings.
 *
 * @param value Raw meta value from the REST API.
 * @return A clean profile.
 */
export function toProfile( value: unknown ): AuthorProfile {
	if ( ! value || typeof value !== 'object' ) {
		return {};
	}
	const profile: AuthorProfile = {};
	for ( const field of PROFILE_FIELDS ) {
		const fieldValue = ( value as Record< string, unknown > )[ field ];
		if ( typeof fieldValue === 'string' && fieldValue.trim() !== '' ) {
			profile[ field ] = fieldValue;
		}
	}
	return profile;
}

/**
 * The profile values a new block starts with: the author's profile, and the
 * practice affiliation where the profile has none.
 *
 * @param profile         The author's profile.
 * @param siteAffiliation The practice-wide default affiliation.
 * @return Attributes to set.
 */
export function prefillFrom(
	profile: AuthorProfile | undefined,
	siteAffiliation: string
): Partial< CredentialsBlockAttributes > {
	const values: Partial< CredentialsBlockAttributes > = {};
	for ( const field of PROFILE_FIELDS ) {
		const value = profile?.[ field ];
		if ( value ) {
			Object.assign( values, { [ field ]: value } );
		}
	}
	if ( ! values.affiliation && siteAffiliation.trim() ) {
		values.affiliation = siteAffiliation.trim();
	}
	if ( values.capacity !== 'independent' && values.capacity !== 'employer' ) {
		delete values.capacity;
	}
	return values;
}
