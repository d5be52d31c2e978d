/**
 * Selectors of the practice policy store.
 *
 * The editor is addressed by its store name rather than its descriptor so that
 * this module loads without `@wordpress/editor` (in Jest, on the settings screen).
 */
import { createRegistrySelector } from '@wordpress/data';
import { activeDismissals, isAuditTrail } from './audit';
import { AUDIT_META_KEY, EDITOR_SETTINGS_KEY } from './constants';
import type {
	AuditEntry,
	Policy,
	PolicyLevel,
	RuleSettings,
	State,
} from './types';

/** The part of `core/editor` these selectors read. */
interface EditorSelectors {
	getEditorSettings: () => Record< string, unknown >;
	getEditedPostAttribute: ( name: string ) => unknown;
}

const EMPTY_TRAIL: AuditEntry[] = [];

/** Policy used when the editor settings carry none (the plugin's PHP is not loaded). */
const FALLBACK_POLICY: Policy = {
	rules: { 'privacy/patient-identifier': 'require' },
	disclaimerText: '',
	affiliation: '',
	officialContacts: [],
	canOverride: false,
};

const LEVELS: readonly PolicyLevel[] = [ 'off', 'advise', 'require' ];

// Results derived from one input object are cached on it, so selectors return the same reference until it changes.
const policyCache = new WeakMap< object, Policy >();
const ruleSettingsCache = new WeakMap< Policy, RuleSettings >();
const dismissalsCache = new WeakMap< AuditEntry[], AuditEntry[] >();

/**
 * Reads a policy from the `hcpCompliance` editor setting, ignoring anything malformed.
 *
 * @param raw The setting's value.
 * @return The policy.
 */
function toPolicy( raw: unknown ): Policy {
	if ( typeof raw !== 'object' || raw === null ) {
		return FALLBACK_POLICY;
	}
	const cached = policyCache.get( raw );
	if ( cached ) {
		return cached;
	}
	const value = raw as Record< string, unknown >;
	const rules: Record< string, PolicyLevel > = {};
	if ( typeof value.rules === 'object' && value.rules !== null ) {
		for ( const [ ruleId, level ] of Object.entries( value.rules ) ) {
			if ( LEVELS.includes( level as PolicyLevel ) ) {
				rules[ ruleId ] = level as PolicyLevel;
			}
		}
	}
	const policy: Policy = {
		rules,
		disclaimerText:
			typeof value.disclaimerText === 'string'
				? value.disclaimerText
				: '',
		affiliation:
			typeof value.affiliation === 'string' ? value.affiliation : '',
		officialContacts: Array.isArray( value.officialContacts )
			? value.officialContacts.filter(
					( line ): line is string => typeof line === 'string'
				)
			: [],
		canOverride: value.canOverride === true,
	};
	policyCache.set( raw, policy );
	return policy;
}

/**
 * The practice policy: one received through `receivePolicy`, else the editor settings' one.
 */
export const getPolicy = createRegistrySelector(
	( select ) =>
		( state: State ): Policy => {
			if ( state.policy ) {
				return state.policy;
			}
			const editor = select( 'core/editor' ) as unknown as
				EditorSelectors | undefined;
			return toPolicy(
				editor?.getEditorSettings?.()?.[ EDITOR_SETTINGS_KEY ]
			);
		}
);

/**
 * The policy level of a rule; rules the policy does not name are advice.
 *
 * @param state  Store state.
 * @param ruleId Rule ID.
 * @return The level.
 */
export function getRuleLevel( state: State, ruleId: string ): PolicyLevel {
	return getPolicy( state ).rules[ ruleId ] ?? 'advise';
}

/**
 * Rule settings for the analyzer: off stays off, advice is a warning, a requirement an error.
 *
 * @param state Store state.
 * @return `AnalyzeOptions.rules`.
 */
export function getRuleSettings( state: State ): RuleSettings {
	const policy = getPolicy( state );
	let settings = ruleSettingsCache.get( policy );
	if ( ! settings ) {
		settings = {};
		for ( const [ ruleId, level ] of Object.entries( policy.rules ) ) {
			settings[ ruleId ] = {
				level: {
					off: 'off' as const,
					advise: 'warning' as const,
					require: 'error' as const,
				}[ level ],
			};
		}
		ruleSettingsCache.set( policy, settings );
	}
	return settings;
}

/**
 * Whether the current user may publish despite a required rule.
 *
 * @param state Store state.
 * @return True when allowed.
 */
export function canOverride( state: State ): boolean {
	return getPolicy( state ).canOverride;
}

/**
 * The post's audit trail as currently edited (unsaved entries included).
 */
export const getAuditTrail = createRegistrySelector( ( select ) =>
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	( state: State ): AuditEntry[] => {
		const editor = select( 'core/editor' ) as unknown as
			EditorSelectors | undefined;
		const meta = editor?.getEditedPostAttribute?.( 'meta' ) as
			Record< string, unknown > | undefined;
		const trail = meta?.[ AUDIT_META_KEY ];
		return isAuditTrail( trail ) ? trail : EMPTY_TRAIL;
	}
);

/**
 * Dismissals in force on the post, oldest first.
 *
 * @param state Store state.
 * @return Dismissal entries.
 */
export function getDismissals( state: State ): AuditEntry[] {
	const trail = getAuditTrail( state );
	let dismissals = dismissalsCache.get( trail );
	if ( ! dismissals ) {
		dismissals = activeDismissals( trail );
		dismissalsCache.set( trail, dismissals );
	}
	return dismissals;
}

/**
 * Whether the finding with this fingerprint is dismissed.
 *
 * @param state       Store state.
 * @param fingerprint Finding fingerprint.
 * @return True when a dismissal is in force.
 */
export function isFindingDismissed(
	state: State,
	fingerprint: string
): boolean {
	return getDismissals( state ).some(
		( entry ) => entry.fingerprint === fingerprint
	);
}

/**
 * Whether publishing was allowed despite the finding with this fingerprint.
 *
 * @param state       Store state.
 * @param fingerprint Finding fingerprint.
 * @return True when an override is recorded for it.
 */
export function hasOverride( state: State, fingerprint: string ): boolean {
	return getAuditTrail( state ).some(
		( entry ) =>
			entry.type === 'override' && entry.fingerprint === fingerprint
	);
}
