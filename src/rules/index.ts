/**
 * The registry of rules, in the order of the contract.
 */
import type { Rule } from '../engine/types';

import patientIdentifier from './patient-identifier';
import patientCaseWithoutConsent from './patient-case-without-consent';
import individualAdvice from './individual-advice';
import missingDisclaimer from './missing-disclaimer';
import unsourcedClaim from './unsourced-claim';
import absoluteClaim from './absolute-claim';
import personalContact from './personal-contact';
import missingCredentials from './missing-credentials';
import missingCapacity from './missing-capacity';
import missingRegistration from './missing-registration';
import undisclosedSponsorship from './undisclosed-sponsorship';
import unattributedMedia from './unattributed-media';
import disrespectfulLanguage from './disrespectful-language';

/** Every rule the analyzer runs, keyed by nothing: IDs live in each rule's meta. */
export const rules: Rule[] = [
	patientIdentifier,
	patientCaseWithoutConsent,
	individualAdvice,
	missingDisclaimer,
	unsourcedClaim,
	absoluteClaim,
	personalContact,
	missingCredentials,
	missingCapacity,
	missingRegistration,
	undisclosedSponsorship,
	unattributedMedia,
	disrespectfulLanguage,
];
