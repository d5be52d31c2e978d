/**
 * The `hcp-compliance/policy` store: the practice policy and the post's audit
 * trail of dismissals and overrides, modelled on the core notices store.
 */
import { createReduxStore, register } from '@wordpress/data';
import reducer from './reducer';
import * as actions from './actions';
import * as selectors from './selectors';
import { STORE_NAME } from './constants';

/** Store descriptor: `select( store ).isFindingDismissed( fingerprint )`. */
export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions,
	selectors,
} );

register( store );

export { STORE_NAME, AUDIT_META_KEY, EDITOR_SETTINGS_KEY } from './constants';
export { activeDismissals, auditExcerpt } from './audit';
export type * from './types';
