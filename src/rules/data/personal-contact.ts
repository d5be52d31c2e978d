/**
 * Phrases that invite readers to contact the author personally
 * (networking/personal-contact), with a note on why each is there.
 *
 * The invitation is a verb aimed at "me" ("DM me", "text me", "add me") or a
 * personal channel ("my personal email", "my mobile"); what follows it (a
 * platform, a handle, a number, an address) is added to the excerpt by the rule.
 */

/** One invitation phrase. */
export interface ContactPhrase {
	phrase: string;
	note: string;
}

/** Invitations addressed to "me": private messages, phone, personal social accounts. */
export const CONTACT_PHRASES: readonly ContactPhrase[] = [
	{ phrase: 'dm me', note: 'a private direct message on social media' },
	{ phrase: 'pm me', note: 'a private message' },
	{ phrase: 'inbox me', note: 'a private message on social media' },
	{
		phrase: 'message me',
		note: 'a private message outside the practice record',
	},
	{ phrase: 'msg me', note: 'a private message' },
	{ phrase: 'text me', note: 'a personal phone' },
	{ phrase: 'whatsapp me', note: 'a personal messaging app' },
	{ phrase: 'call me', note: 'a personal phone call' },
	{ phrase: 'ring me', note: 'a personal phone call' },
	{ phrase: 'phone me', note: 'a personal phone call' },
	{
		phrase: 'email me',
		note: 'a personal email outside the practice record',
	},
	{ phrase: 'e-mail me', note: 'a personal email' },
	{ phrase: 'mail me', note: 'a personal email' },
	{ phrase: 'contact me', note: 'a personal contact outside the practice' },
	{ phrase: 'reach me', note: 'a personal contact outside the practice' },
	{
		phrase: 'reach out to me',
		note: 'a personal contact outside the practice',
	},
	{
		phrase: 'get in touch with me',
		note: 'a personal contact outside the practice',
	},
	{
		phrase: 'send me your questions',
		note: 'health questions sent outside the practice record',
	},
	{
		phrase: 'add me',
		note: 'a personal social-media connection with patients',
	},
	{
		phrase: 'friend me',
		note: 'a personal social-media connection with patients',
	},
	{ phrase: 'hit me up', note: 'a personal contact' },
	{ phrase: 'ping me', note: 'a personal contact' },
	{ phrase: 'drop me a dm', note: 'a private direct message' },
	{ phrase: 'drop me a message', note: 'a private message' },
	{ phrase: 'drop me a line', note: 'a personal contact' },
	{ phrase: 'drop me an email', note: 'a personal email' },
	{ phrase: 'drop me a text', note: 'a personal phone' },
	{ phrase: 'send me a dm', note: 'a private direct message' },
	{ phrase: 'send me a message', note: 'a private message' },
	{ phrase: 'send me a private message', note: 'a private message' },
	{ phrase: 'send me a direct message', note: 'a private direct message' },
	{ phrase: 'drop me a private message', note: 'a private message' },
	{ phrase: 'send me a text', note: 'a personal phone' },
	{ phrase: 'send me an email', note: 'a personal email' },
	{ phrase: 'shoot me a message', note: 'a private message' },
	{ phrase: 'shoot me a dm', note: 'a private direct message' },
	{ phrase: 'shoot me an email', note: 'a personal email' },
	{ phrase: 'give me a call', note: 'a personal phone call' },
	{ phrase: 'give me a ring', note: 'a personal phone call' },
	{ phrase: 'give me a text', note: 'a personal phone' },
	{ phrase: 'give me a buzz', note: 'a personal phone call' },
	{ phrase: 'slide into my dms', note: 'a private direct message' },
	{ phrase: 'my dms are open', note: 'private direct messages' },
	{ phrase: 'my dms', note: 'private direct messages' },
	{ phrase: 'my inbox is open', note: 'private messages' },
	{ phrase: 'my personal email', note: 'a personal email address' },
	{ phrase: 'my personal e-mail', note: 'a personal email address' },
	{ phrase: 'my personal phone', note: 'a personal phone' },
	{ phrase: 'my personal number', note: 'a personal phone' },
	{ phrase: 'my personal mobile', note: 'a personal phone' },
	{ phrase: 'my personal cell', note: 'a personal phone' },
	{ phrase: 'my personal account', note: 'a personal social-media account' },
	{
		phrase: 'my personal instagram',
		note: 'a personal social-media account',
	},
	{ phrase: 'my personal facebook', note: 'a personal social-media account' },
	{ phrase: 'my personal whatsapp', note: 'a personal messaging app' },
	{ phrase: 'my private email', note: 'a personal email address' },
	{ phrase: 'my home number', note: 'a personal phone' },
	{ phrase: 'my home phone', note: 'a personal phone' },
	{ phrase: 'my mobile', note: 'a personal phone' },
	{ phrase: 'my mobile number', note: 'a personal phone' },
	{ phrase: 'my cell', note: 'a personal phone' },
	{ phrase: 'my cell phone', note: 'a personal phone' },
	{ phrase: 'my cellphone', note: 'a personal phone' },
	{ phrase: 'my private number', note: 'a personal phone' },
	{ phrase: 'my whatsapp', note: 'a personal messaging app' },
	{ phrase: 'my email is', note: 'a personal email address' },
	{ phrase: 'my number is', note: 'a personal phone' },
];

/** Verbs of "drop me a …", "flick me a …": sending the author something privately. */
const SEND_VERBS = [ 'drop', 'send', 'shoot', 'give', 'flick', 'fire', 'ping' ];

/** What is sent in "send me a …": private channels, with a note on each. */
const CHANNELS: ReadonlyArray< [ string, string ] > = [
	[ 'dm', 'a private direct message' ],
	[ 'pm', 'a private message' ],
	[ 'message', 'a private message' ],
	[ 'text', 'a personal phone' ],
	[ 'whatsapp', 'a personal messaging app' ],
	[ 'voice note', 'a personal messaging app' ],
	[ 'email', 'a personal email' ],
	[ 'line', 'a personal contact' ],
	[ 'call', 'a personal phone call' ],
	[ 'ring', 'a personal phone call' ],
	[ 'buzz', 'a personal phone call' ],
];

/**
 * Every "send me a (quick/private) <channel>" phrase, so a new verb or channel
 * covers the whole class ("drop me a WhatsApp", "flick me a quick text").
 */
export const SEND_ME_PHRASES: readonly ContactPhrase[] = SEND_VERBS.flatMap(
	( verb ) =>
		CHANNELS.flatMap( ( [ channel, note ] ) => {
			const article = 'aeiou'.includes( channel[ 0 ] ) ? 'an' : 'a';
			return [ '', 'quick ', 'private ' ].map( ( adjective ) => ( {
				phrase: `${ verb } me ${
					adjective ? 'a ' + adjective : article + ' '
				}${ channel }`,
				note,
			} ) );
		} )
);

/** Platforms named after an invitation ("DM me on Instagram"). */
export const PLATFORMS: ReadonlySet< string > = new Set( [
	'instagram',
	'insta',
	'ig',
	'facebook',
	'fb',
	'messenger',
	'whatsapp',
	'twitter',
	'x',
	'tiktok',
	'linkedin',
	'snapchat',
	'snap',
	'telegram',
	'signal',
	'threads',
	'bluesky',
	'discord',
	'wechat',
	'viber',
	'line',
	'mobile',
	'cell',
	'phone',
	'email',
	'e-mail',
	'gmail',
	'dm',
	'dms',
	'text',
] );

/** Words after an invitation that point to an official channel instead. */
export const OFFICIAL_WORDS: ReadonlySet< string > = new Set( [
	'clinic',
	'practice',
	'surgery',
	'reception',
	'office',
	'portal',
	'hospital',
	'pharmacy',
	'front',
	'desk',
	'switchboard',
	'team',
	'service',
	'department',
	'ward',
	'unit',
	'booking',
	'bookings',
	'appointment',
	'appointments',
	'form',
	'website',
	'helpline',
	'work',
] );

/** Email domains of personal mailboxes (free webmail): an address there is personal. */
export const PERSONAL_MAIL_DOMAINS: ReadonlySet< string > = new Set( [
	'gmail.com',
	'googlemail.com',
	'outlook.com',
	'hotmail.com',
	'hotmail.co.uk',
	'live.com',
	'msn.com',
	'yahoo.com',
	'yahoo.co.uk',
	'yahoo.co.in',
	'icloud.com',
	'me.com',
	'mac.com',
	'aol.com',
	'proton.me',
	'protonmail.com',
	'gmx.com',
	'gmx.de',
	'mail.com',
	'zoho.com',
	'yandex.com',
	'rediffmail.com',
	'bigpond.com',
	'btinternet.com',
] );
