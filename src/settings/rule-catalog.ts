/**
 * The rules of the contract as the settings screen presents them: a short
 * title and what the rule protects, in the order of the contract.
 *
 * Kept apart from src/rules so that the settings screen does not load the
 * analyzer and its word lists.
 */
import { __ } from '@wordpress/i18n';

/** A rule as the practice policy shows it. */
export interface RuleDescription {
	id: string;
	title: string;
	description: string;
}

/**
 * Every rule a policy may set, with translated title and description.
 *
 * @return Rule descriptions.
 */
export function getRuleCatalog(): RuleDescription[] {
	return [
		{
			id: 'privacy/patient-identifier',
			title: __( 'Patient identifiers', 'hcp-compliance' ),
			description: __(
				'Names, dates, numbers, contact details and other HIPAA Safe Harbor identifiers of a patient or other private person.',
				'hcp-compliance'
			),
		},
		{
			id: 'privacy/patient-case-without-consent',
			title: __( 'Patient case without consent', 'hcp-compliance' ),
			description: __(
				'A story about a specific patient that states neither consent nor de-identification.',
				'hcp-compliance'
			),
		},
		{
			id: 'patient-care/individual-advice',
			title: __( 'Individual medical advice', 'hcp-compliance' ),
			description: __(
				'Direct instructions to a reader (start, stop or change a medicine, a diagnosis) rather than general education.',
				'hcp-compliance'
			),
		},
		{
			id: 'patient-care/missing-disclaimer',
			title: __( 'Missing disclaimer', 'hcp-compliance' ),
			description: __(
				'Health information without a "not medical advice" disclaimer.',
				'hcp-compliance'
			),
		},
		{
			id: 'content/unsourced-claim',
			title: __( 'Unsourced claim', 'hcp-compliance' ),
			description: __(
				'A research or statistical claim with no citation in the same block.',
				'hcp-compliance'
			),
		},
		{
			id: 'content/absolute-claim',
			title: __( 'Absolute claim', 'hcp-compliance' ),
			description: __(
				'Misleading absolute or promotional claims such as "cure", "guaranteed" or "no side effects".',
				'hcp-compliance'
			),
		},
		{
			id: 'networking/personal-contact',
			title: __( 'Personal contact', 'hcp-compliance' ),
			description: __(
				'Inviting patients to personal channels (DM me, my cell) instead of the practice’s official ones.',
				'hcp-compliance'
			),
		},
		{
			id: 'identification/missing-credentials',
			title: __( 'Missing credentials', 'hcp-compliance' ),
			description: __(
				'The author’s name and professional title are not given.',
				'hcp-compliance'
			),
		},
		{
			id: 'identification/missing-capacity',
			title: __( 'Missing capacity', 'hcp-compliance' ),
			description: __(
				'The post does not say whether the author speaks for an employer or independently.',
				'hcp-compliance'
			),
		},
		{
			id: 'licensing/missing-registration',
			title: __( 'Missing registration', 'hcp-compliance' ),
			description: __(
				'Credentials without a registration or licence number and its issuing body.',
				'hcp-compliance'
			),
		},
		{
			id: 'identification/undisclosed-sponsorship',
			title: __( 'Undisclosed sponsorship', 'hcp-compliance' ),
			description: __(
				'Sponsorship, affiliate links, free products or paid promotion without a disclosure.',
				'hcp-compliance'
			),
		},
		{
			id: 'legality/unattributed-media',
			title: __( 'Unattributed media', 'hcp-compliance' ),
			description: __(
				'An image, video or embed with no credit, source or licence.',
				'hcp-compliance'
			),
		},
		{
			id: 'professionalism/disrespectful-language',
			title: __( 'Disrespectful language', 'hcp-compliance' ),
			description: __(
				'Demeaning words about patients.',
				'hcp-compliance'
			),
		},
	];
}

/**
 * The title of a rule; its ID when the catalogue does not know it.
 *
 * @param ruleId Rule ID.
 * @return Title.
 */
export function getRuleTitle( ruleId: string ): string {
	return (
		getRuleCatalog().find( ( rule ) => rule.id === ruleId )?.title ?? ruleId
	);
}
