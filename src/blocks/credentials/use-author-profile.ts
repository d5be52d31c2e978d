/**
 * Reads the post author's saved profile and the practice defaults, and saves
 * the current user's profile.
 */
import { store as coreStore } from '@wordpress/core-data';
import { useDispatch, useSelect } from '@wordpress/data';
import { useCallback } from '@wordpress/element';

import { useSiteSettings } from '../use-site-settings';
import { toProfile } from './profile';
import { PROFILE_FIELDS, type AuthorProfile } from './types';

/** User meta key of the profile (registered in php/profile.php). */
export const PROFILE_META_KEY = 'hcp_compliance_profile';

/** What the credentials block needs from the site and the users. */
export interface AuthorProfileState {
	/** The post author's profile, when readable. */
	profile?: AuthorProfile;
	/** True once the profile request has finished (with or without a profile). */
	isResolved: boolean;
	/** The logged-in user, whose profile "Save as my profile" writes. */
	currentUserId?: number;
	/** The practice-wide default affiliation. */
	siteAffiliation: string;
}

type UserRecord = { id: number; meta?: Record< string, unknown > } | undefined;

/**
 * The post author's profile and the practice defaults.
 *
 * @return The profile state.
 */
export function useAuthorProfile(): AuthorProfileState {
	const siteAffiliation = useSiteSettings().affiliation ?? '';
	return useSelect(
		( select ) => {
			const core = select( coreStore );
			// The post editor store is absent in the widget and site editors: use the current user there.
			const postEditor = select( 'core/editor' ) as
				| { getEditedPostAttribute?: ( key: string ) => unknown }
				| undefined;
			const authorId = postEditor?.getEditedPostAttribute?.( 'author' );
			const currentUser = core.getCurrentUser() as UserRecord;
			const userId =
				typeof authorId === 'number' && authorId > 0
					? authorId
					: currentUser?.id;
			if ( ! userId ) {
				return {
					isResolved: core.hasFinishedResolution(
						'getCurrentUser',
						[]
					),
					siteAffiliation,
				};
			}
			const user = core.getEntityRecord(
				'root',
				'user',
				userId
			) as UserRecord;
			return {
				profile: user
					? toProfile( user.meta?.[ PROFILE_META_KEY ] )
					: undefined,
				isResolved: core.hasFinishedResolution( 'getEntityRecord', [
					'root',
					'user',
					userId,
				] ),
				currentUserId: currentUser?.id,
				siteAffiliation,
			};
		},
		[ siteAffiliation ]
	);
}

/**
 * A function that saves a profile as the current user's, via the REST API.
 *
 * @param currentUserId The logged-in user.
 * @return Saves and resolves when done; rejects with the REST error.
 */
export function useSaveProfile(
	currentUserId: number | undefined
): ( profile: AuthorProfile ) => Promise< void > {
	const { saveEntityRecord } = useDispatch( coreStore );
	return useCallback(
		async ( profile: AuthorProfile ) => {
			if ( ! currentUserId ) {
				throw new Error( 'No current user' );
			}
			const meta: Record< string, string > = {};
			for ( const field of PROFILE_FIELDS ) {
				meta[ field ] = profile[ field ] ?? '';
			}
			await saveEntityRecord(
				'root',
				'user',
				{ id: currentUserId, meta: { [ PROFILE_META_KEY ]: meta } },
				{ throwOnError: true }
			);
		},
		[ currentUserId, saveEntityRecord ]
	);
}
