/**
 * Words that credit a picture or video (legality/unattributed-media): a caption
 * naming a source, author or licence counts as attribution.
 *
 * Three kinds, each with why it counts: credit lines ("Photo: …", "Image
 * courtesy of …"), licences ("CC BY 4.0", "public domain"), and sources
 * ("via YouTube", stock libraries).
 */

/**
 * Words that credit only when followed by a colon or "by" ("Photo: CDC",
 * "Video by …"); "a photo of my clinic" names no source.
 */
export const CREDIT_LABELS: ReadonlySet< string > = new Set( [
	'photo',
	'photos',
	'photograph',
	'photographs',
	'photography',
	'image',
	'images',
	'picture',
	'pictures',
	'pic',
	'video',
	'videos',
	'footage',
	'illustration',
	'illustrations',
	'artwork',
	'author',
	'artist',
] );

/**
 * Words that credit only when followed by "by" ("Diagram by …", "Filmed by …"):
 * with a colon they usually number or describe the picture ("Figure 2: …").
 */
export const BY_LABELS: ReadonlySet< string > = new Set( [
	'figure',
	'diagram',
	'graphic',
	'graphics',
	'infographic',
	'chart',
	'animation',
	'clip',
	'poster',
	'screenshot',
	'filmed',
	'drawn',
	'illustrated',
	'photographed',
	'taken',
	'shot',
	'created',
	'designed',
	'made',
	'produced',
] );

/** Credit and licence phrases that count wherever they appear in a caption. */
export const CREDIT_PHRASES: ReadonlyArray< { phrase: string; note: string } > =
	[
		{ phrase: 'credit', note: 'an explicit credit line' },
		{ phrase: 'credits', note: 'an explicit credit line' },
		{ phrase: 'credited', note: 'an explicit credit line' },
		{ phrase: 'courtesy', note: '"courtesy of" names the owner' },
		{ phrase: 'source', note: 'names where the media comes from' },
		{ phrase: 'sources', note: 'names where the media comes from' },
		{ phrase: 'copyright', note: 'a copyright notice' },
		{ phrase: 'licence', note: 'names the licence' },
		{ phrase: 'license', note: 'names the licence' },
		{ phrase: 'licensed', note: 'names the licence' },
		{ phrase: 'licenced', note: 'names the licence' },
		{ phrase: 'creative commons', note: 'a Creative Commons licence' },
		{ phrase: 'cc by', note: 'a Creative Commons licence' },
		{ phrase: 'cc-by', note: 'a Creative Commons licence' },
		{ phrase: 'cc by-sa', note: 'a Creative Commons licence' },
		{ phrase: 'cc0', note: 'a Creative Commons public-domain dedication' },
		{
			phrase: 'public domain',
			note: 'states the media is free of copyright',
		},
		{
			phrase: 'open government licence',
			note: 'UK Crown copyright licence',
		},
		{
			phrase: 'used with permission',
			note: 'states permission from the owner',
		},
		{ phrase: 'with permission', note: 'states permission from the owner' },
		{
			phrase: 'reproduced',
			note: 'states the media is reproduced from a source',
		},
		{
			phrase: 'reprinted',
			note: 'states the media is reproduced from a source',
		},
		{
			phrase: 'adapted from',
			note: 'names the source it was adapted from',
		},
		{ phrase: 'supplied by', note: 'names who supplied the media' },
		{ phrase: 'provided by', note: 'names who supplied the media' },
		{ phrase: 'own work', note: 'the author made it (Wikimedia wording)' },
		{ phrase: 'my own', note: 'the author made it' },
		{ phrase: 'own photo', note: 'the author made it' },
		{ phrase: 'own image', note: 'the author made it' },
		{ phrase: 'own picture', note: 'the author made it' },
		{ phrase: 'own video', note: 'the author made it' },
		{ phrase: 'our own', note: 'the practice made it' },
		{ phrase: "author's own", note: 'the author made it' },
		{ phrase: 'taken by me', note: 'the author made it' },
		{ phrase: 'unsplash', note: 'a stock library with its own licence' },
		{ phrase: 'pexels', note: 'a stock library with its own licence' },
		{ phrase: 'pixabay', note: 'a stock library with its own licence' },
		{ phrase: 'shutterstock', note: 'a licensed stock library' },
		{ phrase: 'getty', note: 'a licensed stock library' },
		{ phrase: 'istock', note: 'a licensed stock library' },
		{ phrase: 'istockphoto', note: 'a licensed stock library' },
		{ phrase: 'adobe stock', note: 'a licensed stock library' },
		{ phrase: 'alamy', note: 'a licensed stock library' },
		{ phrase: 'depositphotos', note: 'a licensed stock library' },
		{ phrase: 'wikimedia', note: 'Wikimedia Commons, with its licence' },
		{ phrase: 'flickr', note: 'names the source' },
	];

/** Words after "via"/"from" that make it a source ("via YouTube"): any word will do. */
export const SOURCE_PREPOSITIONS: ReadonlySet< string > = new Set( [ 'via' ] );
