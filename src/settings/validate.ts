/**
 * The `hcp_compliance_settings` option as the settings screen edits it, and the
 * checks made before saving (the server repeats them).
 */
import { __, sprintf } from '@wordpress/i18n';
import type { PolicyLevel } from '../store/types';

/** The option's value (php/settings.php). */
export interface PracticeSettings {
	rules: Record< string, PolicyLevel >;
	disclaimerText: string;
	affiliation: string;
	/** One official practice contact (phone, email, address) per line. */
	officialContacts: string;
	overrideCapability: string;
}

/** Field name → what is wrong with it. */
export type SettingsErrors = Partial<
	Record< keyof PracticeSettings, string >
>;

/** Longest values the server accepts (its REST schema says the same). */
export const LIMITS = {
	disclaimerText: 2000,
	affiliation: 200,
	officialContacts: 2000,
} as const;

/**
 * Finds what the server would refuse, so the user can correct it before saving.
 *
 * @param settings     Edited settings.
 * @param capabilities Capabilities the policy may name.
 * @return Errors by field; empty when the settings can be saved.
 */
export function validateSettings(
	settings: PracticeSettings,
	capabilities: readonly string[]
): SettingsErrors {
	const errors: SettingsErrors = {};
	for ( const field of [
		'disclaimerText',
		'affiliation',
		'officialContacts',
	] as const ) {
		const length = Array.from( settings[ field ] ).length;
		if ( length > LIMITS[ field ] ) {
			errors[ field ] = sprintf(
				/* translators: 1: number of characters allowed, 2: number of characters entered. */
				__(
					'Too long: at most %1$d characters (now %2$d).',
					'hcp-compliance'
				),
				LIMITS[ field ],
				length
			);
		}
	}
	if ( settings.disclaimerText.trim() === '' ) {
		errors.disclaimerText = __(
			'Give a default disclaimer: it is what the disclaimer block inserts.',
			'hcp-compliance'
		);
	}
	if ( ! capabilities.includes( settings.overrideCapability ) ) {
		errors.overrideCapability = __(
			'Choose who may override from the list.',
			'hcp-compliance'
		);
	}
	return errors;
}
