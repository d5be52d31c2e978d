/**
 * Ready-made disclaimer sentences the author can pick from.
 */
import { __ } from '@wordpress/i18n';

/** One disclaimer the author can insert. */
export interface DisclaimerTemplate {
	id: string;
	/** Short name in the templates menu. */
	label: string;
	/** The disclaimer itself (plain text, safe as inline HTML). */
	text: string;
}

/**
 * The templates, in the editor's language; the last one combines the others.
 *
 * @return The templates.
 */
export function disclaimerTemplates(): DisclaimerTemplate[] {
	const educational = __(
		'This post is general educational information only and is not medical advice for any individual.',
		'hcp-compliance'
	);
	const notSubstitute = __(
		'It is not a substitute for professional medical advice, diagnosis or treatment: ask your own doctor or another qualified health professional about your health.',
		'hcp-compliance'
	);
	const noRelationship = __(
		'Reading this post, or contacting me about it, does not create a clinician–patient relationship.',
		'hcp-compliance'
	);
	const emergency = __(
		'In an emergency, call your local emergency number.',
		'hcp-compliance'
	);
	return [
		{
			id: 'educational',
			label: __( 'Educational information only', 'hcp-compliance' ),
			text: educational,
		},
		{
			id: 'not-substitute',
			label: __(
				'Not a substitute for professional advice',
				'hcp-compliance'
			),
			text: notSubstitute,
		},
		{
			id: 'no-relationship',
			label: __( 'No clinician–patient relationship', 'hcp-compliance' ),
			text: noRelationship,
		},
		{
			id: 'emergency',
			label: __( 'Emergencies', 'hcp-compliance' ),
			text: emergency,
		},
		{
			id: 'complete',
			label: __( 'All of the above', 'hcp-compliance' ),
			text: [
				educational,
				notSubstitute,
				noRelationship,
				emergency,
			].join( ' ' ),
		},
	];
}

/**
 * The text a new disclaimer starts with when the site sets none.
 *
 * @return The combined template.
 */
export function builtInDefaultText(): string {
	const templates = disclaimerTemplates();
	return templates[ templates.length - 1 ].text;
}
