/**
 * Reducer of the practice policy store.
 *
 * Dismissals and overrides are not here: they live in the post's meta, so they
 * save, undo and reload with the post.
 */
import { combineReducers } from '@wordpress/data';
import type { Action, Policy } from './types';

/**
 * A policy received explicitly (e.g. after the settings changed); null means "use the editor settings".
 *
 * @param state  Current policy.
 * @param action Dispatched action.
 * @return Next policy.
 */
export function policy(
	state: Policy | null = null,
	action: Action
): Policy | null {
	switch ( action.type ) {
		case 'RECEIVE_POLICY':
			return {
				...action.policy,
				rules: { ...action.policy.rules },
				officialContacts: [ ...action.policy.officialContacts ],
			};
		default:
			return state;
	}
}

export default combineReducers( { policy } );
