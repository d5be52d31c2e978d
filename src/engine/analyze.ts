/**
 * Running rules over a segmented post: span rules once per text unit and media
 * rules once per media item, cached by content so that after an edit only the
 * changed units are checked again; document rules on every run (they are cheap).
 */
import { sprintf } from '@wordpress/i18n';

import { __ } from './i18n';

import type {
	AnalyzeOptions,
	DocumentRule,
	Finding,
	Fix,
	MediaItem,
	MediaRule,
	PostFacts,
	PostModel,
	Rule,
	RuleContext,
	RuleSetting,
	Severity,
	SpanReport,
	SpanRule,
	TextUnit,
} from './types';

/** Rule ID of the finding that reports a rule which threw. */
export const RULE_ERROR_ID = 'internal/rule-error';

/** What an analyzer is built from: its rules and the practice policy. */
export interface AnalyzerConfig {
	rules?: Rule[];
	options?: AnalyzeOptions;
}

/** An analyzer with a per-unit cache; keep one per post (editor) or per run (CLI). */
export interface Analyzer {
	/** Findings of the post, sorted by block then start (document findings first). */
	analyze: ( post: PostModel ) => Finding[];
}

/** A rule's reports for one unit, or the error it threw there. */
type Outcome = SpanReport[] | { error: unknown };

/** A cached value and the signature of the post facts it was computed under. */
interface Signed< T > {
	signature: string;
	value: T;
}

/** A unit key's cache entry and the latest analysis that used the key. */
interface KeySlot {
	key: string;
	entry: CacheEntry;
	generation: number;
}

/** Outcomes of every rule for one unit (or media item) with a given content. */
class CacheEntry {
	/** The latest analysis that used the entry (see `OutcomeCache`). */
	generation = 0;

	readonly outcomes = new Map< string, Signed< Outcome > >();

	/** Findings built from the outcomes, reused while the unit stays in `place`. */
	readonly built = new Map< string, Finding[] >();

	/** Where the unit stood when `built` was filled (block, offset, key…). */
	place = '';

	/**
	 * Moves the entry to a unit's place; findings built elsewhere are dropped.
	 * @param place The unit's block, offset, key, clientId and attribute.
	 */
	placeAt( place: string ): void {
		if ( this.place !== place ) {
			this.place = place;
			this.built.clear();
		}
	}

	/** Counts recomputed outcomes, so findings built from older ones are known stale. */
	version = 0;

	/** Values rules memoised for this unit, by rule then key (see `RuleContext.memo`). */
	readonly memo = new Map< string, Map< string, Signed< unknown > > >();

	/** What each fact-gathering span rule read from this unit for the post's facts, by the rule's index. */
	readonly facts: Array< PostFacts | undefined > = [];

	/**
	 * @param text The unit's text (the media URL for media).
	 * @param meta Everything else the rules read: block name, attribute, links, caption…
	 */
	constructor(
		readonly text: string,
		readonly meta: string
	) {}

	/**
	 * The rule's cached outcome, or the outcome of running it now; an outcome
	 * computed under other post facts (another signature) is stale.
	 * @param rule
	 * @param run
	 * @param signature Signature of the post facts the rule reads ('' if none).
	 */
	outcome( rule: Rule, run: () => SpanReport[], signature = '' ): Outcome {
		const cached = this.outcomes.get( rule.meta.id );
		if ( cached !== undefined && cached.signature === signature ) {
			return cached.value;
		}
		const value = runSafely( run );
		this.outcomes.set( rule.meta.id, { signature, value } );
		this.built.delete( rule.meta.id );
		this.version++;
		return value;
	}
}

/**
 * What the analyzer derives from one unit object: the editor hands back the same
 * object for an unchanged block, so these strings are built once, not per analysis.
 */
interface UnitRecord {
	meta: string;
	place: string;
	/** The unit's cache entry in the analysis numbered `generation`. */
	entry?: CacheEntry;
	generation: number;
	/** The unit's key slot then, and the unit cache's epoch it belongs to. */
	slot?: KeySlot;
	epoch: number;
	/**
	 * Every span rule's findings for the unit, in rule order, built from `entry`
	 * at `version` under post facts with signature `signature`, no rule failing.
	 */
	all?: {
		entry: CacheEntry;
		version: number;
		signature: string;
		findings: Finding[];
	};
}

/**
 * Cache of outcomes by unit key, and by content for units that moved; entries
 * not used in the latest analysis are dropped, so memory follows the post.
 */
class OutcomeCache {
	// Slots are updated in place, so an unchanged unit costs no map write.
	private byKey = new Map< string, KeySlot >();
	private byText = new Map< string, CacheEntry >();
	private generation = 1;
	private keysUsed = 0;
	private changed = false;

	/**
	 * The entry for this unit, reused when its content is unchanged. Looked up by
	 * key, then by text for units that moved; text strings keep their hash, so
	 * neither look-up re-reads the text of an unchanged unit.
	 *
	 * @param key  Unit key.
	 * @param text Unit text.
	 * @param meta Everything else the rules read.
	 */
	entryFor( key: string, text: string, meta: string ): CacheEntry {
		return this.slotFor( key, text, meta ).entry;
	}

	/**
	 * Like entryFor(), but gives the key's slot, which reuse() takes next time.
	 * @param key  Unit key.
	 * @param text Unit text.
	 * @param meta Everything else the rules read.
	 */
	slotFor( key: string, text: string, meta: string ): KeySlot {
		let slot = this.byKey.get( key );
		let entry = slot?.entry;
		if ( ! entry || entry.text !== text || entry.meta !== meta ) {
			entry = this.byText.get( text );
			if ( ! entry || entry.meta !== meta ) {
				entry = new CacheEntry( text, meta );
			}
			this.byText.set( text, entry );
			this.changed = true;
		}
		if ( ! slot ) {
			slot = { key, entry, generation: 0 };
			this.byKey.set( key, slot );
		}
		slot.entry = entry;
		return this.reuse( slot );
	}

	/**
	 * Marks a slot used in this analysis. Given a slot of the previous analysis
	 * that the same unit object used, its entry stands without a look-up.
	 * @param slot A slot of this cache (see `epoch`).
	 */
	reuse( slot: KeySlot ): KeySlot {
		if ( slot.generation !== this.generation ) {
			slot.generation = this.generation;
			this.keysUsed++;
		}
		slot.entry.generation = this.generation;
		return slot;
	}

	/** Counts clear()s: a slot kept from before a clear() is not this cache's. */
	epoch = 0;

	/** Keeps only the entries the latest analysis used. */
	commit(): void {
		const generation = this.generation;
		if ( this.changed || this.keysUsed !== this.byKey.size ) {
			this.byKey.forEach( ( slot, key ) => {
				if ( slot.generation !== generation ) {
					this.byKey.delete( key );
				}
			} );
			this.byText.forEach( ( entry, text ) => {
				if ( entry.generation !== generation ) {
					this.byText.delete( text );
				}
			} );
		}
		this.generation++;
		this.keysUsed = 0;
		this.changed = false;
	}

	/**
	 * Ends an analysis that touched only the units between an unchanged head and
	 * tail of the post (see `analyze()`): the untouched units keep their
	 * entries, and of the units the edit replaced, the slots and entries not
	 * used again are dropped.
	 * @param replaced Slots of the units the edit replaced.
	 */
	commitDelta( replaced: KeySlot[] ): void {
		const generation = this.generation;
		for ( const slot of replaced ) {
			if (
				slot.generation !== generation &&
				this.byKey.get( slot.key ) === slot
			) {
				this.byKey.delete( slot.key );
			}
			const entry = slot.entry;
			if (
				entry.generation !== generation &&
				this.byText.get( entry.text ) === entry
			) {
				this.byText.delete( entry.text );
			}
		}
		this.generation++;
		this.keysUsed = 0;
		this.changed = false;
	}

	/** Forgets everything (the rules' context changed). */
	clear(): void {
		this.epoch++;
		this.byKey = new Map();
		this.byText = new Map();
		this.keysUsed = 0;
		this.changed = false;
	}
}

/**
 * True for a span rule (it checks text units).
 * @param rule
 */
export function isSpanRule( rule: Rule ): rule is SpanRule {
	return 'check' in rule && rule.meta.kind === 'span';
}

/**
 * True for a media rule (it checks images and embeds).
 * @param rule
 */
export function isMediaRule( rule: Rule ): rule is MediaRule {
	return 'checkMedia' in rule;
}

/**
 * True for a document rule (it judges the whole post).
 * @param rule
 */
export function isDocumentRule( rule: Rule ): rule is DocumentRule {
	return rule.meta.kind === 'document' && 'check' in rule;
}

/**
 * A value computed from one unit, memoised by the analyzer across analyses while
 * the unit is unchanged (document rules call it for each unit they read).
 *
 * @param context The rule's context.
 * @param unit    The unit.
 * @param key     What is computed (unique within the rule).
 * @param compute Computes the value from the unit.
 */
export function memoized< T >(
	context: RuleContext,
	unit: TextUnit,
	key: string,
	compute: ( unit: TextUnit ) => T
): T {
	return context.memo ? context.memo( unit, key, compute ) : compute( unit );
}

/** Post facts of a post that declares nothing. */
export const NO_POST_FACTS: PostFacts = Object.freeze( {
	pseudonyms: new Set< string >(),
	deidentified: false,
	knownPatientNames: new Set< string >(),
} );

/**
 * True for facts that declare nothing; such a unit's share is stored as
 * NO_POST_FACTS, so an edit that declares nothing leaves the post facts as they were.
 *
 * @param facts A unit's facts, as a rule returned them.
 */
function declaresNothing( facts: PostFacts | undefined ): boolean {
	return (
		facts?.pseudonyms?.size === 0 &&
		facts.knownPatientNames?.size === 0 &&
		! facts.deidentified &&
		! facts.narratesCase
	);
}

/**
 * True when two units' facts declare the same (an edited unit usually declares
 * what it did before).
 *
 * @param a Facts.
 * @param b Facts.
 */
function sameFacts( a: PostFacts, b: PostFacts ): boolean {
	if ( a === b ) {
		return true;
	}
	const sameSet = ( x: ReadonlySet< string >, y: ReadonlySet< string > ) =>
		x.size === y.size && [ ...x ].every( ( word ) => y.has( word ) );
	return (
		a.deidentified === b.deidentified &&
		! a.narratesCase === ! b.narratesCase &&
		sameSet( a.pseudonyms, b.pseudonyms ) &&
		sameSet( a.knownPatientNames, b.knownPatientNames )
	);
}

/**
 * The facts of a whole post from the facts of its units: pseudonyms and known
 * names are pooled (a pseudonym is never a known name), de-identification holds
 * if any unit declares it.
 *
 * @param parts Facts of each unit.
 */
export function mergePostFacts( parts: Iterable< PostFacts > ): PostFacts {
	const pseudonyms = new Set< string >();
	const known = new Set< string >();
	let deidentified = false;
	let narratesCase = false;
	for ( const part of parts ) {
		part.pseudonyms.forEach( ( word ) => pseudonyms.add( word ) );
		part.knownPatientNames.forEach( ( word ) => known.add( word ) );
		deidentified ||= part.deidentified;
		narratesCase ||= part.narratesCase === true;
	}
	pseudonyms.forEach( ( word ) => known.delete( word ) );
	if (
		pseudonyms.size === 0 &&
		known.size === 0 &&
		! deidentified &&
		! narratesCase
	) {
		return NO_POST_FACTS;
	}
	return {
		pseudonyms,
		deidentified,
		knownPatientNames: known,
		...( narratesCase ? { narratesCase } : {} ),
	};
}

/**
 * A short string that changes exactly when the facts change (sorted, so the
 * order of blocks does not matter); '' for a post that declares nothing.
 *
 * @param facts Post facts.
 */
export function postFactsSignature( facts: PostFacts ): string {
	if (
		facts.pseudonyms.size === 0 &&
		facts.knownPatientNames.size === 0 &&
		! facts.deidentified &&
		! facts.narratesCase
	) {
		return '';
	}
	return `${ facts.deidentified ? 1 : 0 }${ facts.narratesCase ? 1 : 0 }\u0001${ [
		...facts.pseudonyms,
	]
		.sort()
		.join(
			' '
		) }\u0001${ [ ...facts.knownPatientNames ].sort().join( ' ' ) }`;
}

/**
 * The facts of a post without an analyzer (tests, one-off checks): every span
 * rule's `facts` over every unit, merged.
 *
 * @param post    The post.
 * @param rules   Rules to ask.
 * @param context Context to ask them in.
 */
export function postFactsOf(
	post: PostModel,
	rules: Rule[],
	context: RuleContext
): PostFacts {
	const parts: PostFacts[] = [];
	for ( const rule of rules ) {
		if ( isSpanRule( rule ) && rule.facts ) {
			for ( const unit of post.units ) {
				parts.push( rule.facts( unit, context ) );
			}
		}
	}
	return mergePostFacts( parts );
}

/**
 * A short, stable hash (cyrb53) in base 36.
 *
 * @param text Text to hash.
 */
export function hashText( text: string ): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for ( let i = 0; i < text.length; i++ ) {
		const code = text.charCodeAt( i );
		h1 = Math.imul( h1 ^ code, 2654435761 );
		h2 = Math.imul( h2 ^ code, 1597334677 );
	}
	h1 =
		Math.imul( h1 ^ ( h1 >>> 16 ), 2246822507 ) ^
		Math.imul( h2 ^ ( h2 >>> 13 ), 3266489909 );
	h2 =
		Math.imul( h2 ^ ( h2 >>> 16 ), 2246822507 ) ^
		Math.imul( h1 ^ ( h1 >>> 13 ), 3266489909 );
	return toBase36( 4294967296 * ( 2097151 & h2 ) + ( h1 >>> 0 ) );
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A non-negative safe integer in base 36, as `n.toString( 36 )` writes it but
 * without the general radix conversion of doubles (fingerprints are made per finding).
 *
 * @param n A non-negative integer below 2^53.
 */
export function toBase36( n: number ): string {
	let rest = n;
	let out = '';
	do {
		const digit = rest % 36;
		out = DIGITS[ digit ] + out;
		// Exact: rest - digit is a multiple of 36.
		rest = ( rest - digit ) / 36;
	} while ( rest > 0 );
	return out;
}

/** Printable ASCII words with single spaces between them (or nothing). */
const PLAIN_EXCERPT = /^(?:[!-~]+(?: [!-~]+)*)?$/;

/**
 * The fingerprint of a finding: its rule and a hash of its normalised excerpt,
 * so it survives edits elsewhere in the post (dismissals key on it).
 *
 * @param ruleId  Rule ID.
 * @param excerpt Text found ('' for document findings).
 */
export function fingerprintOf( ruleId: string, excerpt: string ): string {
	// Most excerpts are printable ASCII spaced by single spaces, which the
	// normalisation below leaves as they are but for the case.
	const normalised = PLAIN_EXCERPT.test( excerpt )
		? excerpt.toLowerCase()
		: excerpt
				.normalize( 'NFKC' )
				.toLowerCase()
				.split( /\s+/ )
				.join( ' ' )
				.trim();
	return `${ ruleId }:${ hashText( normalised ) }`;
}

function unitMeta( unit: TextUnit ): string {
	let meta = `${ unit.blockName }\u0000${ unit.attribute }\u0000${
		unit.isHeading ? 1 : 0
	}`;
	for ( const link of unit.links ) {
		meta += `\u0000${ link.start },${ link.end },${ link.href }`;
	}
	return meta;
}

function mediaMeta( media: MediaItem ): string {
	return `${ media.blockName }\u0000${ media.caption }\u0000${
		media.alt
	}\u0000${ media.nearbyText ?? '' }`;
}

/**
 * Names and numbers that belong to the author: from the options and every credentials block.
 * @param post
 * @param options
 */
function authorNamesOf( post: PostModel, options: AnalyzeOptions ): string[] {
	const names = new Set< string >();
	for ( const name of options.authorNames ?? [] ) {
		if ( name.trim() ) {
			names.add( name.trim() );
		}
	}
	for ( const credentials of post.credentials ) {
		for ( const value of [
			credentials.name,
			credentials.registrationNumber,
		] ) {
			if ( typeof value === 'string' && value.trim() ) {
				names.add( value.trim() );
			}
		}
	}
	return [ ...names ];
}

function severityOf(
	rule: Rule,
	setting: RuleSetting | undefined
): Severity | 'off' {
	return setting?.level ?? rule.meta.severity;
}

function messageOf(
	rule: Rule,
	messageId: string,
	data: Record< string, string > | undefined
): string {
	const build = rule.meta.messages[ messageId ];
	if ( ! build ) {
		return rule.meta.docs || messageId;
	}
	try {
		return build( data ?? {} );
	} catch {
		return rule.meta.docs || messageId;
	}
}

/**
 * Keeps a report's range inside the text; drops reports with no usable range.
 * @param range
 * @param length
 */
function clampRange(
	range: unknown,
	length: number
): [ number, number ] | undefined {
	if ( ! Array.isArray( range ) || range.length !== 2 ) {
		return undefined;
	}
	const [ a, b ] = range as [ unknown, unknown ];
	if (
		typeof a !== 'number' ||
		typeof b !== 'number' ||
		Number.isNaN( a ) ||
		Number.isNaN( b )
	) {
		return undefined;
	}
	const start = Math.max( 0, Math.min( length, Math.floor( a ) ) );
	const end = Math.max( start, Math.min( length, Math.floor( b ) ) );
	return [ start, end ];
}

function runSafely< T >( run: () => T[] ): T[] | { error: unknown } {
	try {
		const result = run();
		if ( ! Array.isArray( result ) ) {
			return {
				error: new TypeError( 'check() did not return an array' ),
			};
		}
		return result;
	} catch ( error ) {
		return { error };
	}
}

function errorMessage( error: unknown ): string {
	if ( error instanceof Error ) {
		return error.message;
	}
	return String( error );
}

/** Where a span or media finding points: the text it was found in and its place in the post. */
interface FindingSource {
	text: string;
	blockIndex: number;
	offset: number;
	key: string;
	clientId?: string;
	attribute?: string;
}

/**
 * Creates an analyzer. Accepts `{ rules, options }` or, for convenience, the
 * options alone (the rules then default to the caller's registry).
 *
 * @param config       Rules and policy.
 * @param defaultRules Rules used when `config.rules` is absent.
 */
export function createAnalyzerWith(
	config: AnalyzerConfig | AnalyzeOptions = {},
	defaultRules: Rule[] = []
): Analyzer {
	const isConfig =
		Array.isArray( ( config as AnalyzerConfig ).rules ) ||
		'options' in config;
	const rules = isConfig
		? ( ( config as AnalyzerConfig ).rules ?? defaultRules )
		: defaultRules;
	const options: AnalyzeOptions =
		( isConfig
			? ( config as AnalyzerConfig ).options
			: ( config as AnalyzeOptions ) ) ?? {};
	const settings = options.rules ?? {};

	const active = rules.filter(
		( rule ) => severityOf( rule, settings[ rule.meta.id ] ) !== 'off'
	);
	const spanRules = active.filter( isSpanRule );
	const mediaRules = active.filter( isMediaRule );
	const documentRules = active.filter( isDocumentRule );
	// Span rules that gather post facts (and so read them).
	const factRules = spanRules.filter( ( rule ) => rule.facts !== undefined );

	const units = new OutcomeCache();
	// A document finding's fingerprint depends on its rule alone.
	const documentFingerprints = new Map< string, string >();
	const documentFingerprint = ( ruleId: string ): string => {
		let fingerprint = documentFingerprints.get( ruleId );
		if ( fingerprint === undefined ) {
			fingerprint = fingerprintOf( ruleId, '' );
			documentFingerprints.set( ruleId, fingerprint );
		}
		return fingerprint;
	};
	// Per unit object; `generation` tells the units of the post being analysed (for `memo`).
	const records = new WeakMap< TextUnit, UnitRecord >();
	let generation = 0;
	const recordOf = ( unit: TextUnit ): UnitRecord => {
		let record = records.get( unit );
		if ( ! record ) {
			record = {
				meta: unitMeta( unit ),
				place: `${ unit.blockIndex }\u0000${ unit.offset }\u0000${ unit.clientId }\u0000${ unit.key }\u0000${ unit.attribute }`,
				generation: 0,
				epoch: -1,
			};
			records.set( unit, record );
		}
		return record;
	};
	const medias = new OutcomeCache();
	let contextKey = '';
	// The previous analysis's facts, reused while every unit's share is the same object.
	let lastFactParts: PostFacts[] = [];
	let lastPostFacts: PostFacts = NO_POST_FACTS;
	let lastSignature = '';
	let lastContexts: Map< string, RuleContext > | undefined;
	let lastFactContexts: RuleContext[] | undefined;
	/**
	 * What the previous analysis leaves for the next: its units and their span
	 * findings in unit order (`starts[ i ]` is where unit i's begin), so that an
	 * analysis whose post shares a head and a tail of unit objects with it reads
	 * only the units between, as long as the post facts stand and no rule failed.
	 */
	// Generation since which unit records carried over unchanged are valid (see `memo`).
	let validFrom = 0;
	let previous:
		| {
				units: TextUnit[];
				findings: Finding[];
				starts: number[];
				epoch: number;
				clean: boolean;
		  }
		| undefined;

	const contextFor = (
		rule: Rule,
		authorNames: string[],
		post?: PostFacts,
		signature = ''
	): RuleContext => ( {
		authorNames,
		officialContacts: options.officialContacts ?? [],
		options: settings[ rule.meta.id ]?.options ?? {},
		memo: < T >(
			unit: TextUnit,
			key: string,
			compute: ( unit: TextUnit ) => T
		): T => {
			const record = records.get( unit );
			// A unit of this post: prepared in this analysis, or carried unchanged since `validFrom`.
			const entry =
				record !== undefined && record.generation >= validFrom
					? record.entry
					: undefined;
			if ( ! entry ) {
				return compute( unit );
			}
			let memo = entry.memo.get( rule.meta.id );
			if ( ! memo ) {
				memo = new Map();
				entry.memo.set( rule.meta.id, memo );
			}
			// Values computed under other post facts are stale (the rule may read them).
			const cached = memo.get( key );
			if ( cached !== undefined && cached.signature === signature ) {
				return cached.value as T;
			}
			const value = compute( unit );
			memo.set( key, { signature, value } );
			return value;
		},
		...( post ? { post } : {} ),
	} );

	return {
		analyze( post ) {
			const authorNames = authorNamesOf( post, options );
			// Author names feed every span rule's context: when they change, nothing cached holds.
			const nextContextKey = authorNames.join( '\u0000' );
			if ( nextContextKey !== contextKey ) {
				units.clear();
				medias.clear();
				contextKey = nextContextKey;
				lastContexts = undefined;
				lastFactContexts = undefined;
			}
			generation++;

			// Units shared with the previous analysis, by object, at the head and
			// tail of the post: after a typical edit only the few units between them
			// are read again (see `Previous`).
			const n = post.units.length;
			let head = 0;
			let tail = 0;
			let delta = false;
			if ( previous !== undefined && previous.epoch === units.epoch ) {
				const before = previous.units;
				const max = Math.min( n, before.length );
				while ( head < max && post.units[ head ] === before[ head ] ) {
					head++;
				}
				while (
					tail < max - head &&
					post.units[ n - 1 - tail ] ===
						before[ before.length - 1 - tail ]
				) {
					tail++;
				}
				// Worth it while most of the post stands.
				delta = ( n - head - tail ) * 4 <= n;
			}
			if ( ! delta ) {
				validFrom = generation;
			}

			// Post facts first: each unit's share is kept while the unit is unchanged.
			const factCount = factRules.length;
			lastFactContexts ??= factRules.map( ( rule ) =>
				contextFor( rule, authorNames )
			);
			const factContexts = lastFactContexts;
			const unitRecords: UnitRecord[] = [];
			const prepare = ( index: number, parts: PostFacts[] ): void => {
				const unit = post.units[ index ];
				const record = recordOf( unit );
				unitRecords[ index ] = record;
				// The same unit object as in the previous analysis keeps its slot.
				const slot =
					record.slot !== undefined &&
					record.slot.entry === record.entry &&
					record.generation === generation - 1 &&
					record.epoch === units.epoch
						? units.reuse( record.slot )
						: units.slotFor( unit.key, unit.text, record.meta );
				const entry = slot.entry;
				record.slot = slot;
				record.epoch = units.epoch;
				record.entry = entry;
				record.generation = generation;
				for ( let r = 0; r < factCount; r++ ) {
					const rule = factRules[ r ];
					let part = entry.facts[ r ];
					if ( ! part ) {
						const read = runSafely( () => [
							(
								rule.facts as NonNullable< SpanRule[ 'facts' ] >
							 )( unit, factContexts[ r ] ),
						] );
						part =
							Array.isArray( read ) &&
							! declaresNothing( read[ 0 ] )
								? read[ 0 ]
								: NO_POST_FACTS;
						entry.facts[ r ] = part;
					}
					parts.push( part );
				}
			};
			let factParts: PostFacts[] = [];
			if ( delta && previous ) {
				factParts = lastFactParts.slice( 0, head * factCount );
				for ( let i = head; i < n - tail; i++ ) {
					prepare( i, factParts );
				}
				const from = lastFactParts.length - tail * factCount;
				for ( let i = from; i < lastFactParts.length; i++ ) {
					factParts.push( lastFactParts[ i ] );
				}
			} else {
				for ( let i = 0; i < n; i++ ) {
					prepare( i, factParts );
				}
			}
			const previousSignature = lastSignature;
			const factsUnchanged =
				factParts.length === lastFactParts.length &&
				factParts.every( ( part, i ) =>
					sameFacts( part, lastFactParts[ i ] )
				);
			const postFacts = factsUnchanged
				? lastPostFacts
				: mergePostFacts( factParts );
			const signature = factsUnchanged
				? lastSignature
				: postFactsSignature( postFacts );
			lastFactParts = factParts;
			lastPostFacts = postFacts;
			lastSignature = signature;

			// The contexts hold nothing per analysis but the facts: reuse them while those stand.
			const contexts =
				factsUnchanged && lastContexts
					? lastContexts
					: new Map< string, RuleContext >();
			for ( const rule of contexts === lastContexts ? [] : active ) {
				contexts.set(
					rule.meta.id,
					contextFor(
						rule,
						authorNames,
						// No rule gathers facts: rules judge each unit on its own.
						factRules.length > 0 ? postFacts : undefined,
						signature
					)
				);
			}

			lastContexts = contexts;

			const findings: Finding[] = [];
			const failures = new Map<
				string,
				{ rule: Rule; error: unknown }
			>();

			const spanFinding = (
				out: Finding[],
				rule: Rule,
				report: SpanReport,
				source: FindingSource
			) => {
				const range = clampRange( report.range, source.text.length );
				if ( ! range ) {
					return;
				}
				const excerpt = source.text.slice( range[ 0 ], range[ 1 ] );
				// Fields in the contract's order, optional ones only when set,
				// without a throwaway object per optional field.
				const finding = {
					ruleId: rule.meta.id,
					category: rule.meta.category,
					severity: severityOf(
						rule,
						settings[ rule.meta.id ]
					) as Severity,
					message: messageOf( rule, report.messageId, report.data ),
					excerpt,
					block: source.blockIndex,
					start: source.offset + range[ 0 ],
					end: source.offset + range[ 1 ],
				} as Finding;
				if ( source.clientId !== undefined ) {
					finding.clientId = source.clientId;
				}
				if ( source.attribute !== undefined ) {
					finding.attribute = source.attribute;
				}
				finding.range = range;
				finding.unitKey = source.key;
				finding.messageId = report.messageId;
				if ( report.fix ) {
					finding.fix = report.fix as Fix;
				}
				if ( report.suggestions ) {
					finding.suggestions = report.suggestions;
				}
				finding.fingerprint = fingerprintOf( rule.meta.id, excerpt );
				out.push( finding );
			};

			const collect = (
				entry: CacheEntry,
				rule: Rule,
				outcome: Outcome,
				source: FindingSource
			) => {
				if ( ! Array.isArray( outcome ) ) {
					if ( ! failures.has( rule.meta.id ) ) {
						failures.set( rule.meta.id, {
							rule,
							error: outcome.error,
						} );
					}
					return;
				}
				const built = entry.built.get( rule.meta.id );
				if ( built ) {
					findings.push( ...built );
					return;
				}
				const fresh: Finding[] = [];
				for ( const report of outcome ) {
					spanFinding( fresh, rule, report, source );
				}
				entry.built.set( rule.meta.id, fresh );
				findings.push( ...fresh );
			};

			// Findings unit by unit; `starts[ i ]` is where unit i's begin.
			const checkUnit = ( index: number ): void => {
				const unit = post.units[ index ];
				const record = unitRecords[ index ];
				const entry = record.entry as CacheEntry;
				// Unchanged unit, same facts: its findings stand as they were.
				const all = record.all;
				if (
					all?.entry === entry &&
					all.version === entry.version &&
					all.signature === signature
				) {
					for ( const finding of all.findings ) {
						findings.push( finding );
					}
					return;
				}
				entry.placeAt( record.place );
				const first = findings.length;
				let whole = true;
				for ( const rule of spanRules ) {
					const outcome = entry.outcome(
						rule,
						() =>
							rule.check(
								unit,
								contexts.get( rule.meta.id ) as RuleContext
							),
						rule.facts ? signature : ''
					);
					collect( entry, rule, outcome, unit );
					// A failure is reported per analysis, so such a unit is not kept whole.
					whole &&= Array.isArray( outcome );
				}
				// In order within the unit, so the post's findings come in long sorted runs.
				const own = sortFindings( findings.splice( first ) );
				for ( const finding of own ) {
					findings.push( finding );
				}
				record.all = whole
					? {
							entry,
							version: entry.version,
							signature,
							findings: own,
						}
					: undefined;
			};
			const starts: number[] = [];
			const keep =
				delta &&
				previous !== undefined &&
				previous.clean &&
				signature === previousSignature;
			if ( keep && previous ) {
				const before = previous.units.length;
				const headEnd = previous.starts[ head ];
				for ( let k = 0; k < headEnd; k++ ) {
					findings.push( previous.findings[ k ] );
				}
				for ( let i = 0; i < head; i++ ) {
					starts.push( previous.starts[ i ] );
				}
				for ( let i = head; i < n - tail; i++ ) {
					starts.push( findings.length );
					checkUnit( i );
				}
				const tailStart = previous.starts[ before - tail ];
				const shift = findings.length - tailStart;
				for ( let i = before - tail; i < before; i++ ) {
					starts.push( previous.starts[ i ] + shift );
				}
				const tailEnd = previous.starts[ before ];
				for ( let k = tailStart; k < tailEnd; k++ ) {
					findings.push( previous.findings[ k ] );
				}
			} else {
				if ( delta ) {
					// The facts changed: every unit is read again, so every unit is marked used.
					const unused: PostFacts[] = [];
					for ( let i = 0; i < head; i++ ) {
						prepare( i, unused );
					}
					for ( let i = n - tail; i < n; i++ ) {
						prepare( i, unused );
					}
				}
				for ( let i = 0; i < n; i++ ) {
					starts.push( findings.length );
					checkUnit( i );
				}
			}
			starts.push( findings.length );
			if ( keep && previous ) {
				// The units the edit replaced give up what no unit uses now.
				const replaced: KeySlot[] = [];
				for ( let i = head; i < previous.units.length - tail; i++ ) {
					const slot = records.get( previous.units[ i ] )?.slot;
					if ( slot ) {
						replaced.push( slot );
					}
				}
				units.commitDelta( replaced );
			} else {
				units.commit();
			}
			previous = {
				// A copy: a caller may change the post's array in place before the next analysis.
				units: post.units.slice(),
				findings: findings.slice(),
				starts,
				epoch: units.epoch,
				clean: failures.size === 0,
			};

			for ( const media of post.media ) {
				const entry = medias.entryFor(
					media.key,
					media.url,
					mediaMeta( media )
				);
				entry.placeAt(
					`${ media.blockIndex }\u0000${ media.offset }\u0000${ media.clientId }\u0000${ media.key }`
				);
				for ( const rule of mediaRules ) {
					const outcome = entry.outcome( rule, () =>
						rule.checkMedia(
							media,
							contexts.get( rule.meta.id ) as RuleContext
						)
					);
					collect( entry, rule, outcome, {
						text: media.url,
						blockIndex: media.blockIndex,
						offset: media.offset,
						key: media.key,
						clientId: media.clientId,
					} );
				}
			}
			medias.commit();

			for ( const rule of documentRules ) {
				const context = contexts.get( rule.meta.id ) as RuleContext;
				const outcome = runSafely( () => rule.check( post, context ) );
				if ( ! Array.isArray( outcome ) ) {
					failures.set( rule.meta.id, {
						rule,
						error: outcome.error,
					} );
					continue;
				}
				for ( const report of outcome ) {
					findings.push( {
						ruleId: rule.meta.id,
						category: rule.meta.category,
						severity: severityOf(
							rule,
							settings[ rule.meta.id ]
						) as Severity,
						message: messageOf(
							rule,
							report.messageId,
							report.data
						),
						messageId: report.messageId,
						...( report.fix ? { fix: report.fix } : {} ),
						fingerprint: documentFingerprint( rule.meta.id ),
					} );
				}
			}

			for ( const { rule, error } of failures.values() ) {
				findings.push( {
					ruleId: RULE_ERROR_ID,
					category: rule.meta.category,
					severity: 'warning',
					message: sprintf(
						/* translators: 1: rule ID, e.g. privacy/patient-identifier; 2: the error it raised. */
						__(
							'The check “%1$s” failed and was skipped; the other checks ran. Error: %2$s',
							'hcp-compliance'
						),
						rule.meta.id,
						errorMessage( error )
					),
					messageId: 'ruleError',
					fingerprint: fingerprintOf( RULE_ERROR_ID, rule.meta.id ),
				} );
			}

			return sortFindings( findings );
		},
	};
}

/**
 * Code-unit order of two strings (stable across locales, unlike localeCompare).
 * @param a First string.
 * @param b Second string.
 */
function compareText( a: string, b: string ): number {
	if ( a === b ) {
		return 0;
	}
	return a < b ? -1 : 1;
}

/**
 * Orders findings as a reader meets them: whole-post findings first, then by
 * block and position.
 *
 * @param findings Findings to sort (the array is sorted in place and returned).
 */
export function sortFindings<
	T extends Pick< Finding, 'block' | 'start' | 'end' | 'ruleId' >,
>( findings: T[] ): T[] {
	return findings.sort(
		( a, b ) =>
			( a.block ?? -1 ) - ( b.block ?? -1 ) ||
			( a.start ?? -1 ) - ( b.start ?? -1 ) ||
			( a.end ?? -1 ) - ( b.end ?? -1 ) ||
			compareText( a.ruleId, b.ruleId )
	);
}
