/**
 * Checks a registration number against the format of the body that issued it,
 * and says where the public can look it up.
 */
import { __, sprintf } from '@wordpress/i18n';

import { findRegulator, type Regulator } from './registers';

/** Outcome of a format check. */
export type RegistrationStatus =
	/** No number typed yet. */
	| 'empty'
	/** The body is not one the block knows, so the number cannot be checked. */
	| 'unchecked'
	/** The number has the body's format (and check digit, where there is one). */
	| 'valid'
	/** The number cannot be one of this body's. */
	| 'invalid';

/** What the edit UI shows under the registration number. */
export interface RegistrationCheck {
	status: RegistrationStatus;
	/** The regulator the body names, when known. */
	regulator?: Regulator;
	/** Translated sentence for the author ('' when there is nothing to say). */
	message: string;
	/** The public register: the registrant's own page where the register has one. */
	registerUrl?: string;
}

/**
 * Normalises a typed number: upper case, spaces and a leading "No." dropped.
 *
 * @param number What the author typed.
 * @return The number as the formats expect it.
 */
export function normaliseRegistrationNumber( number: string ): string {
	return number
		.toUpperCase()
		.replace( /^\s*(?:NO\.?|NUMBER|#)\s*/, '' )
		.replace( /\s+/g, '' );
}

/**
 * Checks a registration number against its issuing body's format.
 *
 * Never blocks anything: the result only drives a message as the author types.
 *
 * @param number The registration number as typed.
 * @param body   The registration body as typed (free text).
 * @return The status, a message for the author and the register link.
 */
export function checkRegistration(
	number: string | undefined,
	body: string | undefined
): RegistrationCheck {
	const regulator = findRegulator( body );
	const normalised = normaliseRegistrationNumber( number ?? '' );
	const registerUrl = regulator?.registerUrl;

	if ( ! normalised ) {
		return { status: 'empty', regulator, message: '', registerUrl };
	}
	if ( ! regulator || ! regulator.format ) {
		return {
			status: 'unchecked',
			regulator,
			message: regulator
				? ''
				: __(
						'Choose a known registration body to check the number’s format.',
						'hcp-compliance'
					),
			registerUrl,
		};
	}

	const { format } = regulator;
	if ( ! format.pattern.test( normalised ) ) {
		return {
			status: 'invalid',
			regulator,
			message: sprintf(
				/* translators: 1: regulator, e.g. "General Medical Council (GMC, UK)"; 2: the format, e.g. "7 digits"; 3: an example number. */
				__(
					'%1$s numbers are %2$s, for example %3$s.',
					'hcp-compliance'
				),
				regulator.name,
				format.describe(),
				format.example
			),
			registerUrl,
		};
	}
	if ( format.checksum && ! format.checksum( normalised ) ) {
		return {
			status: 'invalid',
			regulator,
			message: sprintf(
				/* translators: %s: regulator, e.g. "NPI (US National Provider Identifier)". */
				__(
					'This is not a valid %s: its check digit does not match. Check for a mistyped digit.',
					'hcp-compliance'
				),
				regulator.name
			),
			registerUrl,
		};
	}
	return {
		status: 'valid',
		regulator,
		message: sprintf(
			/* translators: %s: regulator, e.g. "General Medical Council (GMC, UK)". */
			__(
				'The number has the format of a %s registration.',
				'hcp-compliance'
			),
			regulator.name
		),
		registerUrl: regulator.registerUrlFor?.( normalised ) ?? registerUrl,
	};
}
