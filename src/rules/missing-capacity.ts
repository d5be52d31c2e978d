/**
 * Rule identification/missing-capacity: a clinician's post should say whether
 * the author writes for an employer or in a personal capacity.
 *
 * Satisfied by the credentials block's `capacity`, or by a statement in the
 * text or in the block's disclosures: "views are my own", "in a personal
 * capacity", "not those of my employer", "written on behalf of the practice".
 * Unsigned posts are judged too (the contract says so).
 */
import { __ } from '../engine/i18n';

import type { DocumentReport, DocumentRule, PostModel } from '../engine/types';
import {
	CREDENTIALS_BLOCK,
	credentialsBlock,
	filled,
	hasText,
} from './missing-credentials';
import {
	matchesAny,
	phrasePatterns,
	split,
	after,
	type Phrase,
} from './utils/phrases';
import { memoByText } from './utils/memo';

/** Organisations a clinician may write for or apart from. */
const ORG =
	'(?:employers?|organi[sz]ations?|nhs|trusts?|hospitals?|practices?|clinics?|universit(?:y|ies)|compan(?:y|ies)|institutions?|health boards?|boards?|departments?|services?|pharmac(?:y|ies)|surger(?:y|ies)|health systems?|health authorit(?:y|ies)|colleagues|team|workplace|any (?:of )?(?:the )?(?:organi[sz]ations?|clinics?|hospitals?|practices?|employers?)|anyone else|any)';

/** Words one of which every capacity statement holds: paragraphs without any are skipped at once. */
const PREFILTER =
	/my own|our own| mine|personal|capacity|individual|myself|independent|affiliat|associat|endors|approv|sanction|represent|reflect|speak|those of|the view|the opinion|the position|the polic|behalf|official/i;

/** Statements of capacity. */
const STATEMENTS: readonly Phrase[] = [
	// "These are my own views", "my personal opinions", the shorthand "Views my own".
	after(
		/\b(?:my|our) (?:own|personal|private) (?:views?|opinions?)\b/gi,
		/\b(?:are|is|reflects?|represents?|express(?:es)?|contains?|shares?|remain)\W+(?:\w+\W+){0,2}$/i
	),
	/\b(?:views?|opinions?|thoughts) (?:expressed )?(?:are )?(?:entirely |strictly |solely |all )?(?:my own|mine|personal)\b/gi,
	// "The opinions in this post are my own", "views expressed here are entirely my own", "all opinions are mine".
	after(
		/\b(?:are|is|remain) (?:entirely |purely |strictly |solely |all )?(?:(?:my|our) own|mine|personal)\b/gi,
		/\b(?:views?|opinions?|thoughts|comments|words|posts?|content|blog|site|website|writing|articles?|page)\b/i
	),
	// "in a personal capacity", "writing in my private capacity".
	/\b(?:personal|private|individual|independent) capacity\b/gi,
	// "I write here as an individual", "blogging for myself".
	/\b(?:writ(?:e|es|ing|ten)|speak(?:s|ing)?|post(?:s|ed|ing)?|blog(?:s|ged|ging)?) (?:here |this blog |this post )?(?:as an individual|as a private individual|as myself|for myself|independently|in my own right)\b/gi,
	// "This is a personal blog".
	/\b(?:this|my) (?:is (?:a |my )?)?(?:personal|private|independent) (?:blog|website|site|account|page|newsletter)\b/gi,
	// "This blog is not affiliated with or endorsed by my employer".
	split(
		/\bnot (?:affiliated|associated|endorsed|approved|sanctioned)\b/gi,
		5,
		`(?:with|by) (?:my|our|any|the) ${ ORG }`
	),
	// "do not represent my employer", "doesn't necessarily reflect the views of the Trust".
	split(
		/\b(?:represent(?:s|ed|ing)?|reflect(?:s|ed|ing)?|speak(?:s|ing)? for|speak(?:s|ing)? on behalf of)\b/gi,
		7,
		ORG,
		/\b(?:not|never|nor|no|nothing|none|neither|don't|doesn't|don’t|doesn’t)\b/i
	),
	// "not those of my employer", "not those of any clinic I work with".
	split(
		/\bnot (?:necessarily )?(?:those|the views?|the opinions?|the positions?|the policy|the policies) of\b/gi,
		5,
		ORG
	),
	// "on behalf of my employer", "written on behalf of Lakeview Family Health".
	new RegExp( String.raw`\bon behalf of (?:my|our|the) ${ ORG }`, 'gi' ),
	after(
		/\bon behalf of\b/gi,
		/\b(?:write|writes|writing|written|wrote|post|posts|posted|posting|publish|publishes|published|publishing|blog|blogs|blogged|blogging|speak|speaks|speaking|share|shares|sharing|shared)\b/i
	),
	// "I write this blog for my practice", "writing as part of our clinic's team".
	new RegExp(
		String.raw`\bwrit(?:e|ing) (?:this )?(?:post |blog |article |column )?(?:for|as part of) (?:my|our) ${ ORG }`,
		'gi'
	),
	// "the official view of the Trust".
	/\bofficial (?:views?|position|blog|statement|guidance|policy) of\b/gi,
];

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	PREFILTER,
	...phrasePatterns( STATEMENTS ),
];

/**
 * Whether the text states a capacity.
 * @param text
 */
export function statesCapacity( text: string ): boolean {
	return PREFILTER.test( text ) && matchesAny( text, STATEMENTS );
}

/** {@link statesCapacity}, remembered per paragraph. */
const statesCapacityMemo = memoByText( statesCapacity );

/**
 * Whether the post says in which capacity its author writes.
 * @param post
 */
export function hasCapacity( post: PostModel ): boolean {
	for ( const block of post.credentials ) {
		// "independent" or "employer" by the contract; any other value set by hand still states one.
		if ( filled( block.capacity ) ) {
			return true;
		}
		const fields = [ block.disclosures, block.affiliation ].filter(
			filled
		);
		if ( fields.some( ( field ) => statesCapacity( field as string ) ) ) {
			return true;
		}
	}
	return post.units.some( ( unit ) => statesCapacityMemo( unit.text ) );
}

const rule: DocumentRule = {
	meta: {
		id: 'identification/missing-capacity',
		category: 'identification',
		kind: 'document',
		severity: 'warning',
		docs: __(
			'Readers can tell whether the author writes for an employer or in a personal capacity.',
			'hcp-compliance'
		),
		guideline: __(
			'GMC guidance on doctors’ use of social media (make clear when you do not speak for your employer); NCSBN social media guidelines; AMA Code of Medical Ethics Opinion 2.3.2',
			'hcp-compliance'
		),
		messages: {
			missingInBlock: () =>
				__(
					'The credentials block does not say in which capacity you write. Choose “independent” (your own views) or “on behalf of my employer” (GMC social media guidance; NCSBN).',
					'hcp-compliance'
				),
			missing: () =>
				__(
					'The post does not say whether you write for your employer or in a personal capacity. Add a sentence such as “The views here are my own and not those of my employer”, or use the credentials block’s capacity setting (GMC social media guidance; NCSBN).',
					'hcp-compliance'
				),
		},
	},
	check( post ): DocumentReport[] {
		if ( ! hasText( post ) || hasCapacity( post ) ) {
			return [];
		}
		const block = credentialsBlock( post );
		if ( block ) {
			return [
				{
					messageId: 'missingInBlock',
					// The editor asks which capacity applies before it sets one.
					fix: {
						type: 'update-block',
						name: CREDENTIALS_BLOCK,
						attributes: { capacity: '' },
					},
				},
			];
		}
		return [
			{
				messageId: 'missing',
				fix: {
					type: 'insert-block',
					name: 'core/paragraph',
					attributes: {
						content: __(
							'The views in this post are my own and do not represent those of my employer.',
							'hcp-compliance'
						),
					},
					position: 'end',
				},
			},
		];
	},
};

export default rule;
