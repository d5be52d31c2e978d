/**
 * Types shared by the analyzer, its rules, the command-line linter and the editor.
 *
 * Pure data: nothing here imports WordPress, React or the DOM, so the same code
 * runs in the editor, in a web worker, in the CLI and in Jest.
 */

/** Guideline areas a rule belongs to (the first half of a rule ID). */
export type Category =
	| 'privacy'
	| 'patient-care'
	| 'content'
	| 'legality'
	| 'licensing'
	| 'networking'
	| 'identification'
	| 'professionalism';

/** How serious a finding is; `error` findings make the CLI exit with status 1. */
export type Severity = 'error' | 'warning' | 'info';

/** Whether a rule points at a piece of text or at the post as a whole. */
export type RuleKind = 'span' | 'document';

/** A link inside a text unit, with offsets in the unit's plain text. */
export interface TextLink {
	start: number;
	end: number;
	href: string;
}

/**
 * One text-bearing attribute of one (possibly nested) block, as plain text.
 *
 * Span rules see one unit at a time; a finding's range is relative to `text`.
 */
export interface TextUnit {
	/** Stable key: block path (or clientId) plus attribute, e.g. `3.1/content`. */
	key: string;
	/** Index of the top-level block that holds this unit. */
	blockIndex: number;
	/** The block's clientId in the editor; absent in the CLI. */
	clientId?: string;
	/** Block name, e.g. `core/paragraph`; `core/freeform` for classic HTML or plain text. */
	blockName: string;
	/** Attribute the text comes from, e.g. `content`, `caption`, `citation`. */
	attribute: string;
	/** Plain text as the reader sees it (tags removed, entities decoded, `<br>` as "\n"). */
	text: string;
	/** Links in `text`. */
	links: TextLink[];
	/** Offset of `text` within the plain text of its top-level block. */
	offset: number;
	/** True for headings (rules may treat titles differently). */
	isHeading?: boolean;
}

/** An image, video, audio or embed, with whatever credit the post gives it. */
export interface MediaItem {
	key: string;
	blockIndex: number;
	clientId?: string;
	blockName: string;
	/** The media URL (image `src`, embed URL): the finding's excerpt. */
	url: string;
	/** Caption or credit text near the media ('' when none). */
	caption: string;
	/** Alternative text ('' when none). */
	alt: string;
	/** Offset of the URL in the top-level block's plain text (usually 0). */
	offset: number;
	/**
	 * Text beside the media outside its caption (the rest of its block and the
	 * first text of the next block), where classic posts put a "Photo: …" line.
	 */
	nearbyText?: string;
}

/** Attributes of the `hcp-compliance/credentials` block (names fixed by the contract). */
export interface CredentialsAttributes {
	name?: string;
	credentials?: string;
	specialty?: string;
	registrationNumber?: string;
	registrationBody?: string;
	affiliation?: string;
	capacity?: 'independent' | 'employer' | '';
	disclosures?: string;
}

/** Attributes of the `hcp-compliance/disclaimer` block. */
export interface DisclaimerAttributes {
	/** May hold inline HTML. */
	text?: string;
}

/** A top-level block, summarised for document rules. */
export interface BlockSummary {
	index: number;
	clientId?: string;
	name: string;
}

/** A post, segmented: everything the rules read. */
export interface PostModel {
	/** Text units in reading order (credentials and disclaimer block text excluded). */
	units: TextUnit[];
	media: MediaItem[];
	/** Top-level blocks in order. */
	blocks: BlockSummary[];
	/** Attributes of every credentials block, in order (usually zero or one). */
	credentials: CredentialsAttributes[];
	/** Attributes of every disclaimer block, in order. */
	disclaimers: DisclaimerAttributes[];
}

/** A fix described as data; the editor applies it as one undoable change. */
export type Fix =
	| {
			type: 'replace';
			/** Range in the unit's plain text. */
			range: [ number, number ];
			text: string;
	  }
	| {
			type: 'insert-block';
			name: string;
			attributes: Record< string, unknown >;
			position: 'start' | 'end';
	  }
	| {
			type: 'update-block';
			name: string;
			attributes: Record< string, unknown >;
	  };

/** What a span rule reports: a range in the unit it was given. */
export interface SpanReport {
	messageId: string;
	range: [ number, number ];
	/** Values for the message's placeholders. */
	data?: Record< string, string >;
	fix?: Fix;
	/** Other fixes the editor may offer ("in her 40s" besides a placeholder). */
	suggestions?: Array< { label: string; fix: Fix } >;
}

/** What a document rule reports. */
export interface DocumentReport {
	messageId: string;
	data?: Record< string, string >;
	fix?: Fix;
}

/** Read-only facts a rule may use besides its input. */
export interface RuleContext {
	/** The author's own name(s) and registration number(s), never patient identifiers. */
	authorNames: string[];
	/** The practice's official contact details (phone, email, address) from settings. */
	officialContacts: string[];
	/** Options for this rule from the practice policy. */
	options: Record< string, unknown >;
	/**
	 * Per-unit memo for document rules, kept while the unit's text is unchanged:
	 * `context.memo?.( unit, 'statement', ( u ) => PATTERN.test( u.text ) )`.
	 * With it, re-analysis after an edit re-reads only the changed units.
	 * Absent outside the analyzer (tests): use `memoized()` from `engine/analyze`.
	 */
	memo?: < T >(
		unit: TextUnit,
		key: string,
		compute: ( unit: TextUnit ) => T
	) => T;
	/**
	 * What the whole post says about its people, gathered from every unit by
	 * span rules' `facts` (a pseudonym declared in one block holds in all).
	 * Absent outside the analyzer: rules then judge each unit on its own.
	 */
	post?: PostFacts;
}

/** Facts about the people of a post, gathered from all its units. */
export interface PostFacts {
	/** Lower-cased words of names declared pseudonyms ("whom I'll call Zoe"). */
	pseudonyms: ReadonlySet< string >;
	/** A unit declares names and details changed, or the story a composite. */
	deidentified: boolean;
	/** Lower-cased words of names shown by strong evidence to be patients'. */
	knownPatientNames: ReadonlySet< string >;
	/**
	 * A unit tells of the author's own patient ("one of my patients"), so a full
	 * name that opens a story of care elsewhere in the post is that patient's.
	 */
	narratesCase?: boolean;
}

/** Static description of a rule (ESLint's `meta`). */
export interface RuleMeta {
	id: string;
	category: Category;
	kind: RuleKind;
	severity: Severity;
	/** One translated sentence: what the rule protects. */
	docs: string;
	/** The guideline behind it, e.g. "HIPAA Safe Harbor, 45 CFR 164.514(b)(2)". */
	guideline: string;
	/** Translated message builders, keyed by messageId. */
	messages: Record< string, ( data: Record< string, string > ) => string >;
}

/** A rule that points at text: pure, called once per text unit. */
export interface SpanRule {
	meta: RuleMeta & { kind: 'span' };
	check: ( unit: TextUnit, context: RuleContext ) => SpanReport[];
	/**
	 * What one unit contributes to the post's facts (memoised per unit); a rule
	 * with `facts` reads `context.post` and is re-run when the facts change.
	 */
	facts?: ( unit: TextUnit, context: RuleContext ) => PostFacts;
}

/** A rule that judges the whole post: pure, called once per analysis. */
export interface DocumentRule {
	meta: RuleMeta & { kind: 'document' };
	check: ( post: PostModel, context: RuleContext ) => DocumentReport[];
}

/** A media rule is a span rule over images and embeds. */
export interface MediaRule {
	meta: RuleMeta & { kind: 'span' };
	checkMedia: ( media: MediaItem, context: RuleContext ) => SpanReport[];
}

export type Rule = SpanRule | DocumentRule | MediaRule;

/** A finding in the contract's shape (what the CLI prints), plus editor data. */
export interface Finding {
	ruleId: string;
	category: Category;
	severity: Severity;
	message: string;
	/** Exact text found (span rules only). */
	excerpt?: string;
	/** Index of the top-level block. */
	block?: number;
	/** Offsets in that top-level block's plain text. */
	start?: number;
	end?: number;
	/** Editor data: where to highlight. */
	clientId?: string;
	attribute?: string;
	/** Range in the unit (attribute) text, for highlighting and fixes. */
	range?: [ number, number ];
	unitKey?: string;
	messageId: string;
	fix?: Fix;
	suggestions?: Array< { label: string; fix: Fix } >;
	/** Stable id of the finding for dismissals: rule + normalised excerpt hash. */
	fingerprint: string;
}

/** A finding in exactly the contract's shape: what the CLI prints and `lintPostContent` returns. */
export type LintFinding = Pick<
	Finding,
	| 'ruleId'
	| 'category'
	| 'severity'
	| 'message'
	| 'excerpt'
	| 'block'
	| 'start'
	| 'end'
>;

/** A block as the block editor holds it (rich-text values may be `RichTextData` objects). */
export interface EditorBlock {
	clientId: string;
	name: string;
	attributes: Record< string, unknown >;
	innerBlocks: EditorBlock[];
}

/** Per-rule configuration from the practice policy. */
export interface RuleSetting {
	/** `off` disables the rule. */
	level?: 'off' | Severity;
	options?: Record< string, unknown >;
}

/** Options of one analysis. */
export interface AnalyzeOptions {
	rules?: Record< string, RuleSetting >;
	authorNames?: string[];
	officialContacts?: string[];
}
