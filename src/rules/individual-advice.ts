/**
 * Rule patient-care/individual-advice: direct, individual medical instruction
 * to readers (start, stop or change a medicine, a dose for "you", a diagnosis
 * of the reader) as opposed to general education.
 *
 * One pass over the unit's words: each "you should/must/need to …", each
 * imperative treatment verb that opens a clause, and each "you (probably)
 * have …" is checked for a medicine or dose (or a condition) as its object,
 * then for the marks of general or safe advice ("talk to your doctor",
 * "don't stop … without …", "ask whether you should …").
 */
import { __ } from '../engine/i18n';
import type { SpanReport, SpanRule } from '../engine/types';
import { isMedicineWord, DOSE_UNITS } from './data/medicines';
import {
	APPLY_VERBS,
	CERTAINTY_WORDS,
	CLINICIANS,
	CONDITIONAL_WORDS,
	CONSULT_VERBS,
	DOSE_CHANGE_VERBS,
	EMBEDDING_WORDS,
	EVERY_WORDS,
	FILLERS,
	FORM_ONLY_WORDS,
	FREQUENCY_WORDS,
	IMPERATIVE_VERBS,
	isConditionWord,
	MODALS,
	READER_RELATIVES,
	RESULT_VERBS,
	TREATMENT_VERBS,
} from './data/individual-advice';
import {
	NEGATORS,
	patterns as textPatterns,
	capExcerpt,
	sentenceBounds,
	tokenize,
	type Token,
} from './utils/text';

/** A number written in digits ("400", "1.5") or words ("two"). */
const NUMBER =
	/^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|half|double|extra)$/;

/** A dose written as one word ("400mg", "5ml"). */
const GLUED_DOSE = /^\d+(?:[.,]\d+)?(?:mg|mcg|g|ml|iu|units?)$/;

/** An emergency number such as 999, 911 or 000. */
const THREE_DIGITS = /^\d{3}$/;

/** Every regular expression this rule uses, for the ReDoS test. */
export const patterns: RegExp[] = [
	NUMBER,
	GLUED_DOSE,
	THREE_DIGITS,
	...textPatterns,
];

/** Words that open a conditional lead-in kept in the excerpt ("If your legs ache, stop …"). */
const LEAD_IN_WORDS = new Set( [ 'if', 'when', 'whenever', 'once', 'after' ] );

/** Words that end the instruction clause in the excerpt. */
const CLAUSE_END_WORDS = new Set( [
	'and',
	'but',
	'or',
	'then',
	'so',
	'because',
	'unless',
	'instead',
	'while',
	'until',
] );

/** Units that only medicines are measured in ("2000 IU", "two puffs"), unlike "g" or "ml". */
const MEDICINE_UNITS = new Set( [
	'mg',
	'mcg',
	'µg',
	'iu',
	'units',
	'unit',
	'tablets',
	'tablet',
	'capsules',
	'capsule',
	'puffs',
	'puff',
	'drops',
	'sprays',
] );

/** Verbs by which the writer recommends to "you" ("I recommend you take …"). */
const RECOMMEND_VERBS = new Set( [
	'recommend',
	'suggest',
	'advise',
	'urge',
	'want',
	'need',
] );

/** The writer as subject of a recommendation. */
const WRITER_WORDS = new Set( [ 'i', "i'd", "i'm", 'we', "we'd", 'would' ] );

/** Verbs that "you can …" only allows rather than instructs ("you can take paracetamol"). */
const PERMITTED_VERBS = new Set( [
	'take',
	'use',
	'try',
	'get',
	'add',
	'start',
] );

/**
 * Words that make an instruction safe advice or safety-netting: "don't stop
 * without talking to …", "stop the medicine and seek urgent help".
 */
const SAFETY_WORDS = new Set( [
	'without',
	'consult',
	'consulting',
	'seek',
	'emergency',
	'urgent',
	'urgently',
	'a&e',
	'ambulance',
] );

/** Verbs before an emergency number ("call 999"). */
const CALL_WORDS = new Set( [ 'call', 'dial', 'ring', 'phone' ] );

/** Longest excerpt: about one instruction clause. */
const EXCERPT_MAX = 65;

/** How many words after the verb may hold its medicine or dose. */
const OBJECT_WINDOW = 8;

/**
 * Whether a character code is punctuation that ends a clause: , ; : . ! ? newline ( ) — –.
 * @param code
 */
function isClausePunct( code: number ): boolean {
	switch ( code ) {
		case 44: // ,
		case 59: // ;
		case 58: // :
		case 46: // .
		case 33: // !
		case 63: // ?
		case 10: // \n
		case 40: // (
		case 41: // )
		case 0x2014: // —
		case 0x2013: // –
			return true;
	}
	return false;
}

/**
 * Whether there is clause punctuation between two offsets.
 * @param text
 * @param from
 * @param to
 */
function hasPunctBetween( text: string, from: number, to: number ): boolean {
	// "1,000 mg", "2.5 mg": a separator inside a number does not end the clause.
	if (
		to - from === 1 &&
		isDigit( text[ from - 1 ] ) &&
		isDigit( text[ to ] )
	) {
		return false;
	}
	for ( let i = from; i < to; i++ ) {
		if ( isClausePunct( text.charCodeAt( i ) ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a character is an ASCII digit.
 * @param ch The character (undefined past the ends of the text).
 */
function isDigit( ch: string | undefined ): boolean {
	return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Marks, for tokens `from` to `to` (exclusive), whether clause punctuation
 * stands between each and the token before (1) or not (0): read by both the
 * clause tracking and clauseEndToken(), rather than scanning each gap again.
 * @param text
 * @param tokens
 * @param gaps   Marks per token, filled in here.
 * @param from
 * @param to
 */
function markPunctGaps(
	text: string,
	tokens: Token[],
	gaps: Uint8Array,
	from: number,
	to: number
): void {
	for ( let j = Math.max( 1, from ); j < to; j++ ) {
		const after = tokens[ j - 1 ].end;
		const before = tokens[ j ].start;
		// Most words are apart by one space: no need for the full check.
		gaps[ j ] =
			( before - after === 1 && text.charCodeAt( after ) === 32 ) ||
			! hasPunctBetween( text, after, before )
				? 0
				: 1;
	}
}

/**
 * Index of the last token of the clause that starts at token `i`.
 * @param tokens
 * @param gaps        Clause punctuation before each token (punctGaps()).
 * @param i
 * @param sentenceEnd
 */
function clauseEndToken(
	tokens: Token[],
	gaps: Uint8Array,
	i: number,
	sentenceEnd: number
): number {
	let j = i;
	while (
		j + 1 < tokens.length &&
		tokens[ j + 1 ].start < sentenceEnd &&
		gaps[ j + 1 ] === 0 &&
		! ( j > i && CLAUSE_END_WORDS.has( tokens[ j + 1 ].lower ) ) &&
		tokens[ j + 1 ].end - tokens[ i ].start < 140
	) {
		j++;
	}
	return j;
}

/**
 * What the object of a treatment verb holds, from token `from` to `to` inclusive.
 * @param tokens
 * @param from
 * @param to
 */
function objectOf( tokens: Token[], from: number, to: number ) {
	let medicine = false;
	let dose = false;
	let yours = false;
	for ( let k = from; k <= to && k < from + OBJECT_WINDOW; k++ ) {
		const word = tokens[ k ].lower;
		if ( isMedicineWord( word ) ) {
			medicine = true;
		}
		const unit = k + 1 <= to ? tokens[ k + 1 ].lower : '';
		if ( GLUED_DOSE.test( word ) ) {
			dose = true;
			// "400mg" names a medicine dose even when the medicine is not named.
			medicine =
				medicine ||
				! word.endsWith( 'g' ) ||
				word.endsWith( 'mg' ) ||
				word.endsWith( 'mcg' );
		} else if ( NUMBER.test( word ) && DOSE_UNITS.has( unit ) ) {
			dose = true;
			// "2000 IU", "two tablets": medicine units; "15 g" may be food.
			medicine = medicine || MEDICINE_UNITS.has( unit );
		} else if (
			NUMBER.test( word ) &&
			k + 2 <= to &&
			isMedicineWord( unit ) &&
			DOSE_UNITS.has( tokens[ k + 2 ].lower )
		) {
			// "two Coartem tablets", "2 paracetamol tablets": the name between number and unit.
			dose = true;
		}
		if ( word === 'your' ) {
			yours = true;
		}
	}
	return { medicine, dose, yours };
}

/**
 * Whether the sentence carries safe advice: consult a clinician, as prescribed.
 * @param tokens
 * @param first
 * @param last
 */
function isSafeAdvice( tokens: Token[], first: number, last: number ): boolean {
	let consult = false;
	let clinician = false;
	for ( let k = first; k <= last; k++ ) {
		const token = tokens[ k ];
		if ( SAFETY_WORDS.has( token.lower ) ) {
			return true;
		}
		// "call 999", "dial 000": an emergency number, not "1,000 mg".
		if (
			CALL_WORDS.has( tokens[ k - 1 ]?.lower ?? '' ) &&
			THREE_DIGITS.test( token.lower )
		) {
			return true;
		}
		// "as prescribed", "as directed", "as advised".
		if (
			tokens[ k - 1 ]?.lower === 'as' &&
			( token.lower === 'prescribed' ||
				token.lower === 'directed' ||
				token.lower === 'advised' )
		) {
			return true;
		}
		if ( CONSULT_VERBS.has( token.lower ) ) {
			consult = true;
		}
		if ( CLINICIANS.has( token.lower ) ) {
			clinician = true;
		}
	}
	return consult && clinician;
}

/**
 * Whether the words between the clause start and token `i` negate it.
 * @param tokens
 * @param clauseStart
 * @param i
 */
function negatedBefore(
	tokens: Token[],
	clauseStart: number,
	i: number
): boolean {
	for ( let k = Math.max( clauseStart, i - 3 ); k < i; k++ ) {
		const word = tokens[ k ].lower;
		if ( NEGATORS.has( word ) || word.endsWith( "n't" ) ) {
			return true;
		}
	}
	return false;
}

interface Candidate {
	kind: 'instruction' | 'diagnosis';
	range: [ number, number ];
}

/** Where the current sentence and clause start, kept up to date in one pass. */
interface Position {
	text: string;
	tokens: Token[];
	/** Index of the token being looked at. */
	i: number;
	/** First token of its clause and of its sentence; last token of its clause. */
	clauseStart: number;
	sentenceFirst: number;
	clauseLast: number;
}

/**
 * Instruction after "you should / must / need to / have to …" at token `i` ("you").
 * @param at
 * @param impliedModal
 */
function modalInstruction( at: Position, impliedModal: boolean ): boolean {
	const { tokens, i, clauseStart, clauseLast } = at;
	let k = i + 1;
	if ( ! impliedModal ) {
		const modal = tokens[ k ]?.lower;
		if ( modal === undefined || ! MODALS.has( modal ) ) {
			return false;
		}
		if ( modal === 'have' && tokens[ k + 1 ]?.lower !== 'to' ) {
			return false;
		}
		k++;
	}
	let skipped = 0;
	while (
		k <= clauseLast &&
		( FILLERS.has( tokens[ k ].lower ) ||
			MODALS.has( tokens[ k ].lower ) ) &&
		skipped < 3
	) {
		k++;
		skipped++;
	}
	if ( k > clauseLast || ! TREATMENT_VERBS.has( tokens[ k ].lower ) ) {
		return false;
	}
	const modalWord = tokens[ i + 1 ]?.lower;
	if (
		( modalWord === 'can' || modalWord === 'could' ) &&
		PERMITTED_VERBS.has( tokens[ k ].lower )
	) {
		return false;
	}
	// "ask whether you should stop", "tells you to stop": a question or a report.
	for ( let b = Math.max( clauseStart, i - 3 ); b < i; b++ ) {
		if ( EMBEDDING_WORDS.has( tokens[ b ].lower ) ) {
			return false;
		}
	}
	return verbTakesMedicine( tokens, k, clauseLast );
}

/**
 * Whether the treatment verb at `k` has a medicine (or the reader's dose) as its object.
 * @param tokens
 * @param k
 * @param last
 */
function verbTakesMedicine(
	tokens: Token[],
	k: number,
	last: number
): boolean {
	const verb = tokens[ k ].lower;
	const { medicine, dose, yours } = objectOf( tokens, k + 1, last );
	if ( DOSE_CHANGE_VERBS.has( verb ) ) {
		// "increase your insulin", "double the dose", "cut your tablets in half".
		return (
			medicine && ( yours || dose || tokens[ k + 1 ]?.lower === 'the' )
		);
	}
	if ( verb === 'come' || verb === 'go' ) {
		return tokens[ k + 1 ]?.lower === 'off' && medicine;
	}
	return medicine;
}

/**
 * Instruction opened by an imperative verb at the start of a clause.
 * @param at
 * @param base
 */
function imperativeInstruction( at: Position, base?: string ): boolean {
	const { tokens, i, clauseLast } = at;
	const verb = base ?? tokens[ i ].lower;
	if ( APPLY_VERBS.has( verb ) ) {
		return appliesDosedMedicine( tokens, i + 1, clauseLast );
	}
	if ( ! IMPERATIVE_VERBS.has( verb ) ) {
		return false;
	}
	const { medicine, dose, yours } = objectOf( tokens, i + 1, clauseLast );
	if ( ! medicine ) {
		return medicineInLeadIn( at, verb );
	}
	if ( verb === 'take' || verb === 'give' ) {
		// "take antibiotics" in a list is education: only a dose or "your extra" is personal.
		return dose || ( yours && tokens[ i + 2 ]?.lower === 'extra' );
	}
	if ( verb === 'come' ) {
		return tokens[ i + 1 ]?.lower === 'off';
	}
	if ( DOSE_CHANGE_VERBS.has( verb ) ) {
		return yours || dose || tokens[ i + 1 ]?.lower === 'the';
	}
	// stop / start / skip / switch …: the reader's own medicine or a named one.
	return true;
}

/** Pronouns that stand for a medicine named in the lead-in ("If you're on water pills, stop taking them"). */
const MEDICINE_PRONOUNS = new Set( [ 'them', 'it', 'those', 'these' ] );

/**
 * Whether a stop-or-change verb's object is a pronoun ("stop them", "stop
 * taking it") for a medicine the conditional lead-in names: "If you're on
 * water pills, stop taking them until the heat breaks" tells every reader on
 * them what to do with their medicine.
 * @param at   Position of the verb.
 * @param verb The verb's base form.
 */
function medicineInLeadIn( at: Position, verb: string ): boolean {
	const { tokens, i, clauseStart, sentenceFirst } = at;
	if (
		verb === 'take' ||
		verb === 'give' ||
		verb === 'come' ||
		clauseStart <= sentenceFirst ||
		! LEAD_IN_WORDS.has( tokens[ sentenceFirst ].lower )
	) {
		return false;
	}
	let k = i + 1;
	if ( tokens[ k ]?.lower === 'taking' || tokens[ k ]?.lower === 'using' ) {
		k++;
	}
	if ( ! MEDICINE_PRONOUNS.has( tokens[ k ]?.lower ?? '' ) ) {
		return false;
	}
	for ( let m = sentenceFirst + 1; m < clauseStart; m++ ) {
		if ( isMedicineWord( tokens[ m ].lower ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether the object of "use"/"apply" names a medicine (not only a form such as
 * "cream") together with a dose or how often ("hydrocortisone 1% twice a day").
 * @param tokens Words of the unit.
 * @param from   First word after the verb.
 * @param last   Last word of the clause.
 */
function appliesDosedMedicine(
	tokens: Token[],
	from: number,
	last: number
): boolean {
	let named = false;
	let schedule = false;
	const end = Math.min( last, from + OBJECT_WINDOW + 2 );
	for ( let k = from; k <= end; k++ ) {
		const word = tokens[ k ].lower;
		const next = k + 1 <= last ? tokens[ k + 1 ].lower : '';
		if ( isMedicineWord( word ) && ! FORM_ONLY_WORDS.has( word ) ) {
			named = true;
		}
		if (
			FREQUENCY_WORDS.has( word ) ||
			GLUED_DOSE.test( word ) ||
			( NUMBER.test( word ) &&
				( DOSE_UNITS.has( next ) || next === 'times' ) ) ||
			( word === 'once' &&
				( next === 'a' || next === 'daily' || next === 'per' ) ) ||
			( word === 'every' &&
				( EVERY_WORDS.has( next ) || NUMBER.test( next ) ) )
		) {
			schedule = true;
		}
	}
	return named && schedule;
}

/** Words that open "based on your photo, …", "judging by your symptoms, …", "from what you describe, …". */
const EVIDENCE_OPENERS = new Set( [ 'based', 'judging', 'going', 'from' ] );

/**
 * Whether the sentence opens with the reader's own evidence before the clause
 * ("Based on your photo, you have eczema"): what follows is a diagnosis of them.
 * @param tokens
 * @param sentenceFirst
 * @param clauseStart
 */
function judgedFromReader(
	tokens: Token[],
	sentenceFirst: number,
	clauseStart: number
): boolean {
	if (
		clauseStart <= sentenceFirst ||
		! EVIDENCE_OPENERS.has( tokens[ sentenceFirst ].lower )
	) {
		return false;
	}
	for (
		let k = sentenceFirst + 1;
		k < clauseStart && k < sentenceFirst + 6;
		k++
	) {
		if ( tokens[ k ].lower === 'your' || tokens[ k ].lower === 'you' ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether an earlier clause of the sentence opens with the reader's own
 * evidence ("To the mother who wrote: from what you describe, your daughter
 * has …", "From your description, it's …"): what follows judges the reader's case.
 * @param at Position of the clause's first candidate word.
 */
function readerEvidenceBefore( at: Position ): boolean {
	const { text, tokens, clauseStart, sentenceFirst } = at;
	for (
		let k = Math.max( sentenceFirst, clauseStart - 8 );
		k < clauseStart;
		k++
	) {
		if (
			! EVIDENCE_OPENERS.has( tokens[ k ].lower ) ||
			( k > sentenceFirst &&
				! hasPunctBetween(
					text,
					tokens[ k - 1 ].end,
					tokens[ k ].start
				) )
		) {
			continue;
		}
		for ( let m = k + 1; m < clauseStart && m <= k + 5; m++ ) {
			if ( tokens[ m ].lower === 'your' || tokens[ m ].lower === 'you' ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether a condition is named within five words from `from` (inside the clause).
 * @param tokens
 * @param from
 * @param last
 */
function conditionAhead(
	tokens: Token[],
	from: number,
	last: number
): boolean {
	for ( let m = from; m <= last && m < from + 5; m++ ) {
		const word = tokens[ m ].lower;
		if ( isConditionWord( word ) ) {
			// "it's a condition many people share" names no condition; "a fungal infection" does.
			return ! (
				GENERIC_CONDITION_NOUNS.has( word ) &&
				PLAIN_BEFORE_NOUN.has( tokens[ m - 1 ]?.lower ?? '' )
			);
		}
	}
	return false;
}

/** Condition words that name none by themselves ("a condition", "a common problem"). */
const GENERIC_CONDITION_NOUNS = new Set( [
	'condition',
	'conditions',
	'disease',
	'diseases',
	'disorder',
	'disorders',
	'problem',
	'problems',
	'illness',
	'syndrome',
	'infection',
] );

/** Words before a generic condition noun that leave it unnamed. */
const PLAIN_BEFORE_NOUN = new Set( [
	'a',
	'an',
	'the',
	'this',
	'that',
	'common',
	'very',
	'rare',
	'real',
	'known',
	'treatable',
] );

/**
 * A diagnosis of the reader's relative or of the reader's complaint, after the
 * reader's evidence: "your daughter has malaria", "it's a biting ulcer".
 * @param at Position of "your" or "it's".
 */
function describedCaseDiagnosis( at: Position ): boolean {
	const { tokens, i, clauseStart, clauseLast } = at;
	if ( i !== clauseStart ) {
		return false;
	}
	let k = i + 1;
	if ( tokens[ i ].lower === 'your' ) {
		if ( ! READER_RELATIVES.has( tokens[ k ]?.lower ?? '' ) ) {
			return false;
		}
		k++;
		if ( tokens[ k ]?.lower !== 'has' ) {
			return false;
		}
		k += tokens[ k + 1 ]?.lower === 'got' ? 2 : 1;
	}
	return (
		conditionAhead( tokens, k, clauseLast ) && readerEvidenceBefore( at )
	);
}

/** Verbs of appearance before "like" that hedge a diagnosis ("sounds like you have …"). */
const HEDGE_VERBS = new Set( [
	'sounds',
	'sound',
	'looks',
	'look',
	'seems',
	'seem',
] );

/** Subjects of a hedge kept in the excerpt ("it sounds like", "this looks like"). */
const HEDGE_SUBJECTS = new Set( [ 'it', 'this', 'that' ] );

/**
 * Where the hedge before "you" at `i` starts ("Sounds like you have …", "It
 * looks like you have …"), or `i` when there is none: the hedge is how the
 * writer gives the diagnosis, so the excerpt keeps it.
 * @param tokens      Words of the unit.
 * @param i           Index of "you".
 * @param clauseStart First word of the clause.
 */
function hedgeStart( tokens: Token[], i: number, clauseStart: number ): number {
	if (
		i - 2 < clauseStart ||
		tokens[ i - 1 ].lower !== 'like' ||
		! HEDGE_VERBS.has( tokens[ i - 2 ].lower )
	) {
		return i;
	}
	return i - 3 >= clauseStart && HEDGE_SUBJECTS.has( tokens[ i - 3 ].lower )
		? i - 3
		: i - 2;
}

/** Verbs by which the writer offers a judgement ("I suspect you have …"). */
const JUDGING_VERBS = new Set( [ 'think', 'suspect', 'believe', 'reckon' ] );

/**
 * Whether the only conditional word before "you" is the writer's own
 * judgement, right before it: "I suspect you have gallstones" diagnoses the
 * reader, where "if you think you have the flu" does not.
 * @param tokens        Words of the unit.
 * @param conditionalAt Index of the last conditional word before "you".
 * @param i             Index of "you".
 */
function writerJudges(
	tokens: Token[],
	conditionalAt: number,
	i: number
): boolean {
	return (
		conditionalAt === i - 1 &&
		JUDGING_VERBS.has( tokens[ i - 1 ].lower ) &&
		tokens[ i - 2 ]?.lower === 'i' &&
		! CONDITIONAL_WORDS.has( tokens[ i - 3 ]?.lower ?? '' )
	);
}

/**
 * "You (probably) have X" at token `i` ("you"), as a diagnosis of the reader.
 * @param at
 */
function diagnosis( at: Position ): boolean {
	const { tokens, i, clauseStart, sentenceFirst } = at;
	let k = i + 1;
	let certain = false;
	while (
		k < tokens.length &&
		CERTAINTY_WORDS.has( tokens[ k ].lower ) &&
		k < i + 3
	) {
		certain = true;
		k++;
	}
	const you = tokens[ i ].lower;
	const verb = tokens[ k ]?.lower;
	let next = k + 1;
	if ( you === "you've" && verb === 'got' ) {
		// "you've got sciatica"
	} else if ( you === "you're" && verb === 'suffering' ) {
		next += tokens[ next ]?.lower === 'from' ? 1 : 0;
	} else if ( you === 'you' && ( verb === 'have' || verb === 'suffer' ) ) {
		const after = tokens[ next ]?.lower;
		if ( after === 'got' || after === 'from' ) {
			next++;
		}
	} else if (
		you === 'you' &&
		verb === 'are' &&
		tokens[ next ]?.lower === 'suffering'
	) {
		next += tokens[ next + 1 ]?.lower === 'from' ? 2 : 1;
	} else {
		return false;
	}
	let conditionalAt = -1;
	for ( let b = clauseStart; b < i; b++ ) {
		if ( CONDITIONAL_WORDS.has( tokens[ b ].lower ) ) {
			conditionalAt = b;
		}
	}
	// "If you have these symptoms you have shingles": an if-clause without a
	// comma, complete before this "you"; anything else embeds it ("if you have").
	const ifClauseDone =
		conditionalAt >= 0 &&
		( tokens[ conditionalAt ].lower === 'if' ||
			tokens[ conditionalAt ].lower === 'when' ) &&
		i - conditionalAt >= 4 &&
		! CONDITIONAL_WORDS.has( tokens[ i - 1 ].lower ) &&
		! [ 'and', 'or', 'but' ].includes( tokens[ i - 1 ].lower ) &&
		tokens
			.slice( conditionalAt + 1, i )
			.every( ( t ) => ! CONDITIONAL_WORDS.has( t.lower ) );
	const judged =
		conditionalAt >= 0 && writerJudges( tokens, conditionalAt, i );
	const hedged = hedgeStart( tokens, i, clauseStart ) < i;
	// "If it sounds like you have the flu, …": the hedge is part of the condition.
	if ( conditionalAt >= 0 && ! judged && ( ! ifClauseDone || hedged ) ) {
		return false;
	}
	// A consequent: after a conditional lead-in, or "then/so you have", or certain.
	// "your readings show you have …": the reader's own results give the diagnosis.
	let fromResults = false;
	if ( i - 2 >= clauseStart && RESULT_VERBS.has( tokens[ i - 1 ].lower ) ) {
		for ( let b = Math.max( clauseStart, i - 4 ); b < i - 1; b++ ) {
			fromResults = fromResults || tokens[ b ].lower === 'your';
		}
	}
	const consequent =
		certain ||
		fromResults ||
		judgedFromReader( tokens, sentenceFirst, clauseStart ) ||
		hedged ||
		judged ||
		ifClauseDone ||
		followedByCondition( tokens, next, at.clauseLast ) ||
		( clauseStart > sentenceFirst &&
			LEAD_IN_WORDS.has( tokens[ sentenceFirst ].lower ) ) ||
		( i > 0 &&
			( tokens[ i - 1 ].lower === 'then' ||
				tokens[ i - 1 ].lower === 'so' ) );
	if ( ! consequent ) {
		return false;
	}
	const first = tokens[ next ]?.lower;
	if (
		first === 'to' ||
		first === 'no' ||
		first === 'been' ||
		first === 'any'
	) {
		return false;
	}
	for ( let m = next; m < Math.min( tokens.length, next + 5 ); m++ ) {
		if ( isConditionWord( tokens[ m ].lower ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether "you" at the position follows the writer's recommendation ("I recommend you take …", "I'd suggest you stop …").
 * @param at Position of "you".
 */
function recommendedToYou( at: Position ): boolean {
	const { tokens, i, clauseStart } = at;
	if (
		i - 1 < clauseStart ||
		! RECOMMEND_VERBS.has( tokens[ i - 1 ].lower )
	) {
		return false;
	}
	for ( let b = Math.max( clauseStart, i - 4 ); b < i - 1; b++ ) {
		if ( WRITER_WORDS.has( tokens[ b ].lower ) ) {
			return true;
		}
	}
	return false;
}

/**
 * Whether "if" or "when" follows the condition in the same clause ("you have diabetes if your HbA1c is …").
 * @param tokens Words of the unit.
 * @param from   First word after "you have".
 * @param last   Last word of the clause.
 */
function followedByCondition(
	tokens: Token[],
	from: number,
	last: number
): boolean {
	for ( let m = from; m <= last && m < from + 8; m++ ) {
		const word = tokens[ m ].lower;
		if ( word === 'if' || word === 'when' ) {
			return m > from && isConditionWord( tokens[ m - 1 ].lower );
		}
	}
	return false;
}

/**
 * Which kind of advice, if any, starts at the token of `at`.
 * @param at
 */
function classify( at: Position ): Candidate[ 'kind' ] | undefined {
	const { tokens, i, clauseStart } = at;
	const word = tokens[ i ].lower;
	if ( word === 'you' ) {
		if (
			modalInstruction( at, false ) ||
			( recommendedToYou( at ) && modalInstruction( at, true ) )
		) {
			return 'instruction';
		}
		return diagnosis( at ) ? 'diagnosis' : undefined;
	}
	if ( word === "you'll" || word === "you'd" ) {
		// "you'll need to stop …", "you'd better stop …".
		return modalInstruction( at, true ) ? 'instruction' : undefined;
	}
	if ( word === "you've" || word === "you're" ) {
		return diagnosis( at ) ? 'diagnosis' : undefined;
	}
	if ( word === 'your' || word === "it's" ) {
		return describedCaseDiagnosis( at ) ? 'diagnosis' : undefined;
	}
	// "I'd halve your sertraline", "I would stop your statin": the writer's instruction in the first person.
	if (
		word === "i'd" ||
		( word === 'i' && tokens[ i + 1 ]?.lower === 'would' )
	) {
		const k = word === "i'd" ? i + 1 : i + 2;
		const verb = tokens[ k ];
		if (
			verb &&
			k <= at.clauseLast &&
			IMPERATIVE_VERBS.has( verb.lower ) &&
			! PERMITTED_VERBS.has( verb.lower )
		) {
			const { medicine, yours } = objectOf(
				tokens,
				k + 1,
				at.clauseLast
			);
			return medicine && yours ? 'instruction' : undefined;
		}
		return undefined;
	}
	const opensClause =
		clauseStart === i ||
		( i === clauseStart + 1 &&
			CLAUSE_OPENERS.has( tokens[ clauseStart ].lower ) );
	// "Try cutting your levothyroxine to 50 mcg": an imperative in the gerund after "try".
	const gerund = tokens[ i + 1 ] && GERUNDS.get( tokens[ i + 1 ].lower );
	if (
		opensClause &&
		word === 'try' &&
		gerund &&
		imperativeInstruction( { ...at, i: i + 1 }, gerund )
	) {
		return 'instruction';
	}
	if (
		opensClause &&
		imperativeInstruction( at ) &&
		! negatedBefore( tokens, clauseStart, i )
	) {
		return 'instruction';
	}
	return undefined;
}

/** Verbs whose final consonant doubles before "-ing" ("stop" -> "stopping"). */
const DOUBLING = new Set( [
	'stop',
	'cut',
	'skip',
	'drop',
	'quit',
	'up',
	'swap',
] );

/** "-ing" forms of the imperative verbs, mapped to the verb, built once. */
const GERUNDS: ReadonlyMap< string, string > = new Map(
	[ ...IMPERATIVE_VERBS ].map( ( verb ) => {
		let stem = verb;
		if ( DOUBLING.has( verb ) ) {
			stem = verb + verb[ verb.length - 1 ];
		} else if ( verb.endsWith( 'e' ) ) {
			stem = verb.slice( 0, -1 );
		}
		return [ stem + 'ing', verb ];
	} )
);

/** Words that may stand before an imperative at the start of its clause. */
const CLAUSE_OPENERS = new Set( [
	'just',
	'simply',
	'then',
	'so',
	'now',
	'please',
	'and',
] );

/**
 * Words at which classify() can find advice: the forms of "you" and of the
 * writer ("I'd", "I would") it starts from, and the verbs that may open an
 * imperative instruction ("try" before a gerund). A word outside this set
 * never starts a candidate, so it is passed over without a closer look.
 */
const TRIGGER_WORDS: ReadonlySet< string > = new Set( [
	'you',
	"you'll",
	"you'd",
	"you've",
	"you're",
	// "your daughter has …", "it's a … ulcer" after the reader's evidence.
	'your',
	"it's",
	"i'd",
	'i',
	'try',
	...IMPERATIVE_VERBS,
	...APPLY_VERBS,
] );

/**
 * Marks per token (trigger words, clause punctuation before it), reused from
 * unit to unit and grown as needed: typed arrays are slow to allocate, and
 * every mark a pass reads is written in that pass first.
 */
const scratch = {
	triggers: new Uint8Array( 256 ),
	gaps: new Uint8Array( 256 ),
};

/**
 * Marks which words of the unit can start a candidate (1; see TRIGGER_WORDS)
 * in `scratch.triggers`, and tells whether any can.
 * @param tokens
 */
function markTriggers( tokens: Token[] ): boolean {
	if ( scratch.triggers.length < tokens.length ) {
		const size = Math.max( tokens.length, scratch.triggers.length * 2 );
		scratch.triggers = new Uint8Array( size );
		scratch.gaps = new Uint8Array( size );
	}
	const marks = scratch.triggers;
	let any = false;
	for ( let i = 0; i < tokens.length; i++ ) {
		if ( TRIGGER_WORDS.has( tokens[ i ].lower ) ) {
			marks[ i ] = 1;
			any = true;
		} else {
			marks[ i ] = 0;
		}
	}
	return any;
}

/** What the pass over one sentence reads and updates. */
interface Scan {
	text: string;
	tokens: Token[];
	/** Trigger words (markTriggers()) and clause punctuation (markPunctGaps()) per token. */
	triggers: Uint8Array;
	gaps: Uint8Array;
	/** End of the last candidate found, across sentences. */
	coveredUntil: number;
	found: Candidate[];
}

/**
 * Finds the instruction and diagnosis clauses of one unit, in one pass over
 * its sentences; a sentence without a trigger word is stepped over whole.
 * @param text
 * @param tokens
 */
function findCandidates( text: string, tokens: Token[] ): Candidate[] {
	const found: Candidate[] = [];
	if ( ! markTriggers( tokens ) ) {
		return found;
	}
	const { triggers, gaps } = scratch;
	const scan: Scan = {
		text,
		tokens,
		triggers,
		gaps,
		coveredUntil: -1,
		found,
	};
	let first = 0;
	while ( first < tokens.length ) {
		const bounds = sentenceBounds(
			text,
			tokens[ first ].start,
			tokens[ first ].end
		);
		const sentenceEnd = Math.max( bounds[ 1 ], tokens[ first ].end );
		let next = first + 1;
		let triggered = triggers[ first ] === 1;
		while ( next < tokens.length && tokens[ next ].start < sentenceEnd ) {
			triggered = triggered || triggers[ next ] === 1;
			next++;
		}
		if ( triggered ) {
			markPunctGaps( text, tokens, gaps, first + 1, next );
			scanSentence( scan, first, next, sentenceEnd );
		}
		first = next;
	}
	return found;
}

/**
 * Finds the candidates of one sentence: tokens `sentenceFirst` to `next`
 * (exclusive), tracking its clauses word by word.
 * @param scan
 * @param sentenceFirst
 * @param next
 * @param sentenceEnd
 */
function scanSentence(
	scan: Scan,
	sentenceFirst: number,
	next: number,
	sentenceEnd: number
): void {
	const { text, tokens, triggers, gaps, found } = scan;
	let clauseStart = sentenceFirst;
	let clauseLast = -1;
	// Whether the sentence is safe advice: worked out on its first instruction
	// (-1 until then), as most sentences have none.
	let safe = -1;
	for ( let i = sentenceFirst; i < next; i++ ) {
		const token = tokens[ i ];
		if (
			i > sentenceFirst &&
			( gaps[ i ] === 1 ||
				// "give him 5 ml … and stop the syrup": "and" after an instruction opens the next one.
				( tokens[ i - 1 ].end === scan.coveredUntil &&
					CLAUSE_OPENERS.has( token.lower ) ) )
		) {
			clauseStart = i;
			clauseLast = -1;
		}
		if ( clauseLast < i ) {
			clauseLast = clauseEndToken( tokens, gaps, i, sentenceEnd );
		}
		if ( triggers[ i ] === 0 || token.start < scan.coveredUntil ) {
			continue;
		}
		const kind = classify( {
			text,
			tokens,
			i,
			clauseStart,
			sentenceFirst,
			clauseLast,
		} );
		if ( ! kind ) {
			continue;
		}
		if ( kind === 'instruction' ) {
			if ( safe === -1 ) {
				safe = isSafeAdvice(
					tokens,
					sentenceFirst,
					sentenceLastToken( tokens, sentenceFirst, sentenceEnd )
				)
					? 1
					: 0;
			}
			if ( safe === 1 ) {
				continue;
			}
		}
		if (
			text.slice( token.start, sentenceEnd ).trimEnd().endsWith( '?' )
		) {
			continue;
		}
		const last = clauseEndToken( tokens, gaps, i, sentenceEnd );
		const end = capExcerpt(
			tokens,
			token.start,
			tokens[ last ].end,
			EXCERPT_MAX
		);
		// "Sounds like you have …": the hedge is part of the diagnosis.
		let start =
			kind === 'diagnosis'
				? tokens[ hedgeStart( tokens, i, clauseStart ) ].start
				: token.start;
		// Keep a short conditional lead-in ("If your legs ache, …") in the excerpt
		// while the whole stays about a clause long.
		if (
			( clauseStart > sentenceFirst || kind === 'diagnosis' ) &&
			LEAD_IN_WORDS.has( tokens[ sentenceFirst ].lower ) &&
			end - tokens[ sentenceFirst ].start <= EXCERPT_MAX + 10
		) {
			start = tokens[ sentenceFirst ].start;
		}
		found.push( { kind, range: [ start, end ] } );
		scan.coveredUntil = tokens[ last ].end;
	}
}

/**
 * Index of the last token that ends within the sentence opened by token `first`.
 * @param tokens
 * @param first       First token of the sentence.
 * @param sentenceEnd End offset of the sentence.
 */
function sentenceLastToken(
	tokens: Token[],
	first: number,
	sentenceEnd: number
): number {
	let last = first;
	while (
		last + 1 < tokens.length &&
		tokens[ last + 1 ].end <= sentenceEnd
	) {
		last++;
	}
	return last;
}

const rule: SpanRule = {
	meta: {
		id: 'patient-care/individual-advice',
		category: 'patient-care',
		kind: 'span',
		severity: 'warning',
		docs: __(
			'Give general health information, not individual treatment instructions or diagnoses to readers you have not assessed.',
			'hcp-compliance'
		),
		guideline: __(
			'GMC guidance on doctors’ use of social media; AMA Code of Medical Ethics Opinion 2.3.2; NCSBN social media guidelines',
			'hcp-compliance'
		),
		messages: {
			instruction: () =>
				__(
					'This tells readers to start, stop or change a medicine or dose. Readers are not your patients: you do not know their history or other medicines. Rephrase it as general information and ask readers to talk to their own clinician (GMC social media guidance; AMA Opinion 2.3.2).',
					'hcp-compliance'
				),
			diagnosis: () =>
				__(
					'This diagnoses the reader. Symptoms described in a post can have many causes; describe what the symptoms can mean in general and ask readers to see their own clinician (GMC social media guidance; AMA Opinion 2.3.2).',
					'hcp-compliance'
				),
		},
	},
	check: ( unit ) => {
		if ( unit.text.length === 0 ) {
			return [];
		}
		const tokens = tokenize( unit.text );
		return findCandidates( unit.text, tokens ).map(
			( candidate ): SpanReport => {
				const replacement =
					candidate.kind === 'diagnosis'
						? __(
								'symptoms like these can have several causes, so talk to your own clinician about them',
								'hcp-compliance'
							)
						: __(
								'people in this situation are sometimes advised to change their treatment, but talk to your own clinician before starting, stopping or changing any medicine',
								'hcp-compliance'
							);
				return {
					messageId: candidate.kind,
					range: candidate.range,
					suggestions: [
						{
							label: __(
								'Rephrase as general information',
								'hcp-compliance'
							),
							fix: {
								type: 'replace',
								range: candidate.range,
								text: replacement,
							},
						},
					],
				};
			}
		);
	},
};

export default rule;
