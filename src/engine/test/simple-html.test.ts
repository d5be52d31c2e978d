/**
 * The fast path for simple HTML must give the events htmlparser2 gives (text
 * may come in fewer pieces), and must decline whatever it does not model.
 */
import { Parser } from 'htmlparser2';

import { isSimpleHtml, readSimpleHtml } from '../simple-html';
import { collapseWhiteSpace, htmlToParts } from '../html-text';
import { richTextToText } from '../rich-text';

type Event = [ string, ...unknown[] ];

/**
 * Events of a handler, adjacent text joined (the only difference allowed).
 * @param read Feeds the handler.
 */
function record(
	read: ( handler: {
		onopentag: (
			name: string,
			attributes: Record< string, string >
		) => void;
		onclosetag: ( name: string ) => void;
		ontext: ( data: string ) => void;
		oncomment: ( data: string ) => void;
	} ) => void
): Event[] {
	const events: Event[] = [];
	read( {
		onopentag: ( name, attributes ) =>
			events.push( [ 'open', name, { ...attributes } ] ),
		onclosetag: ( name ) => events.push( [ 'close', name ] ),
		ontext: ( data ) => {
			const last = events[ events.length - 1 ];
			if ( last && last[ 0 ] === 'text' ) {
				last[ 1 ] = `${ last[ 1 ] }${ data }`;
			} else {
				events.push( [ 'text', data ] );
			}
		},
		oncomment: ( data ) => events.push( [ 'comment', data ] ),
	} );
	return events;
}

/**
 * Events as htmlToParts and richTextToText get them: from the fast path when it
 * reads the HTML to the end, else (a fresh reading) from htmlparser2.
 * @param html The HTML.
 */
function viaFastPath( html: string ): Event[] {
	let simple = false;
	const events = record( ( handler ) => {
		simple = readSimpleHtml( html, handler );
	} );
	return simple ? events : viaHtmlparser2( html );
}

function viaHtmlparser2( html: string ): Event[] {
	return record( ( handler ) => {
		const parser = new Parser( handler, { decodeEntities: true } );
		parser.write( html );
		parser.end();
	} );
}

/** Inputs the fast path reads: each must match htmlparser2 exactly. */
const SIMPLE = [
	'',
	'plain text',
	'\n<p>Hello <a href="https://x.org/?a=1&amp;b=2">world</a>.</p>\n',
	'<p>Flu &amp; you &lt;3 &gt; &quot;q&quot; &apos;a&apos; a&nbsp;b &hellip; &mdash; &ndash;</p>',
	'<p>&#39;&#x27;&#X27;&#65;&#x1F600;&#160;&#0065;&#13;</p>',
	'<p>A & B, R &amp; D, 5 &lt; 6, x&</p><p>a &</p><p>&<em>a&</em>&=&.&;</p>',
	'<p>x &<em>y</em></p>',
	'<p>under < 5% and <3 and a < b</p>',
	'<p>one<br>two<br/>three<br />four<BR>five<wbr>six</p>',
	'<p><strong>bold <em>both</em></strong> <code>c</code><sub>2</sub><sup>3</sup></p>',
	'<p>a<!-- note -->b<!---->c<!--more-->d</p>',
	'<A HREF="U" Title=\'t\'>x</A>',
	'<a href=\'q>r\'>single</a><a href="x>y">double</a><a href=plain>bare</a>',
	'<a href=x/>slash in bare value</a>',
	'<a href="a" href="b" HREF="c">first wins</a>',
	'<a download>no value</a><a href="" title>x</a>',
	'<img src="i.png" alt="a>b"><img src="j.png" alt="j"/>',
	'<p class="a b" id=x data-x="1">attrs</p>',
	'<p\nclass="multi\nline"\tid="t"\n>white space in tags</p>',
	'<em/>open only</em>',
	'<ul class="wp-block-list"><li>one</li><li>two <a href="#">l</a></li></ul>',
	'<h2 class="wp-block-heading">Heading</h2>',
	'<figure class="wp-block-image"><img src="u.png" alt=""/><figcaption>Cap &copy; 2024</figcaption></figure>',
	'<figure class="wp-block-table"><table><thead><tr><th>h</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table></figure>',
	'<blockquote class="wp-block-quote"><p>q</p><cite>c</cite></blockquote>',
	'<pre>  keep\n   spaces  </pre>',
	'<p>\u00a0\ufeff\ufffc\r\n😀 é</p>',
	'<p>&#1114111; &#xD7FF; &#xE000;</p>',
	'<div><p>a</p><p>b</p></div>',
	'<dl><dt>t</dt><dd>d</dd></dl>',
	'<p>a</p><hr><p>b</p>',
	'<details><summary>s</summary>body</details>',
];

/** Inputs the fast path must leave to htmlparser2. */
const NOT_SIMPLE = [
	'<p>a<p>b</p>',
	'<p>a<div>b</div></p>',
	'<li>a<li>b</li>',
	'<a href="x">a<a href="y">b</a></a>',
	'<p>unclosed',
	'<p>stray</p></em>',
	'</p>',
	'<p>a</br>b</p>',
	'<p>x</p >',
	'<p>&copy without semicolon</p>',
	'<p>&amp without semicolon</p>',
	'<p>&AMP;</p>',
	'<p>&notit;</p>',
	'<p>&unknown;</p>',
	'<p>R&D</p>',
	'<p>&#;</p>',
	'<p>&#, &#x;</p>',
	'<p>&#0;</p>',
	'<p>&#128;</p>',
	'<p>&#xD800;</p>',
	'<p>&#65</p>',
	'<p>&#12345678;</p>',
	'<p>ends with &',
	'a <',
	'<!-->',
	'<!--->',
	'<!-- a -- b -->',
	'<!-- a > b -->',
	'<!-- unclosed',
	'<!DOCTYPE html>',
	'<![CDATA[x]]>',
	'<?php x ?>',
	'<script>var a = "<p>";</script>',
	'<style>p{}</style>',
	'<title>t</title>',
	'<textarea>t<b></textarea>',
	'<svg><text>x</text></svg>',
	'<math><mi>x</mi></math>',
	'<x-y>custom</x-y>',
	'<image src="i.png">',
	'<form><input value="a"></form>',
	'<a href ="x">space before equals</a>',
	'<a href="x"title="y">no space after value</a>',
	'<a href=>empty bare value</a>',
	'<a href=a"b>quote in bare value</a>',
	'<a =x>odd attribute name</a>',
	'<a href="unclosed>',
	'<p/ >',
	'<p>a</P foo>',
];

describe( 'simple HTML fast path', () => {
	it.each( SIMPLE )( 'reads %j as htmlparser2 does', ( html ) => {
		expect( isSimpleHtml( html ) ).toBe( true );
		expect( viaFastPath( html ) ).toEqual( viaHtmlparser2( html ) );
	} );

	it.each( NOT_SIMPLE )( 'leaves %j to htmlparser2', ( html ) => {
		expect( isSimpleHtml( html ) ).toBe( false );
		expect( viaFastPath( html ) ).toEqual( viaHtmlparser2( html ) );
	} );

	it( 'decodes every entity of its table as htmlparser2 does', () => {
		const names = [
			'amp',
			'lt',
			'gt',
			'quot',
			'apos',
			'nbsp',
			'ndash',
			'mdash',
			'hellip',
			'lsquo',
			'rsquo',
			'ldquo',
			'rdquo',
			'copy',
			'reg',
			'trade',
			'deg',
			'times',
			'middot',
			'bull',
			'euro',
			'pound',
			'micro',
			'plusmn',
			'le',
			'ge',
			'shy',
		];
		for ( const name of names ) {
			const html = `<p title="a&${ name };b">x&${ name };y</p>`;
			expect( isSimpleHtml( html ) ).toBe( true );
			expect( viaFastPath( html ) ).toEqual( viaHtmlparser2( html ) );
		}
	} );

	it( 'agrees with htmlparser2 on random mixes of tricky pieces', () => {
		const pieces = [
			'Word',
			' ',
			'  ',
			'\n',
			'\t',
			'&amp;',
			'&nbsp;',
			'&#39;',
			'&#x2014;',
			'&',
			'& ',
			'&copy',
			'&lt;',
			'<',
			'< ',
			'>',
			'"',
			"'",
			'=',
			'<a href="h?a=1&amp;b=2">',
			"<a href='x>y'>",
			'<a href=bare>',
			'</a>',
			'<strong>',
			'</strong>',
			'<em>',
			'</em>',
			'<em/>',
			'<br>',
			'<br/>',
			'</br>',
			'<p>',
			'</p>',
			'<li>',
			'</li>',
			'<div>',
			'</div>',
			'<!-- c -->',
			'<!---->',
			'<!-->',
			'<img src="i" alt="a>b">',
			'<code>',
			'</code>',
			'<sup data-fn="1">',
			'</sup>',
			'<pre>',
			'</pre>',
			'<table>',
			'<tr>',
			'<td>',
			'</td>',
			'</tr>',
			'</table>',
			'<h2>',
			'</h2>',
			'<script>',
			'</script>',
			'<svg>',
			'</svg>',
		];
		// A fixed linear congruential generator, so failures reproduce.
		let seed = 7;
		const next = () => {
			seed = ( seed * 1103515245 + 12345 ) % 2147483648;
			return seed / 2147483648;
		};
		let simple = 0;
		const mismatches: unknown[] = [];
		for ( let run = 0; run < 20000; run++ ) {
			let html = '';
			const count = 1 + Math.floor( next() * 10 );
			for ( let i = 0; i < count; i++ ) {
				html += pieces[ Math.floor( next() * pieces.length ) ];
			}
			if ( isSimpleHtml( html ) ) {
				simple++;
			}
			const fast = viaFastPath( html );
			const reference = viaHtmlparser2( html );
			if ( JSON.stringify( fast ) !== JSON.stringify( reference ) ) {
				mismatches.push( { html, fast, reference } );
			}
		}
		expect( mismatches.slice( 0, 3 ) ).toEqual( [] );
		expect( simple ).toBeGreaterThan( 500 );
	} );

	it( 'agrees with htmlparser2 on random well-nested HTML', () => {
		const texts = [
			'Word',
			' two words ',
			'\n',
			'  ',
			'&amp;',
			'&nbsp;',
			'&#8217;',
			'&#x1F600;',
			'& ',
			'<3 ',
			'a > b',
			'\u00a0',
		];
		const tags = [
			'p',
			'em',
			'strong',
			'a',
			'code',
			'span',
			'li',
			'ul',
			'h2',
			'figure',
			'figcaption',
			'cite',
			'blockquote',
			'pre',
			'td',
			'tr',
			'table',
			'sup',
			'div',
		];
		const attributes = [
			'',
			' href="https://x.org/?a=1&amp;b=2"',
			" href='x>y'",
			' href=bare',
			' class="a b" id=x',
			' data-fn="1"',
			' title',
			'\nclass="c"',
		];
		const tricky = [
			'&copy',
			'&unknown;',
			'</em>',
			'<p>',
			'<!-->',
			'<script>x</script>',
			'<',
			'</br>',
		];
		let seed = 11;
		const next = () => {
			seed = ( seed * 1103515245 + 12345 ) % 2147483648;
			return seed / 2147483648;
		};
		const pick = < T >( list: T[] ): T =>
			list[ Math.floor( next() * list.length ) ];
		const node = ( depth: number ): string => {
			const roll = next();
			if ( roll < 0.03 ) {
				return pick( tricky );
			}
			if ( roll < 0.08 ) {
				return pick( [
					'<br>',
					'<br/>',
					'<br />',
					'<img src="i" alt="a">',
					'<!-- c -->',
					'<wbr>',
					'<hr>',
				] );
			}
			if ( roll < 0.45 || depth > 3 ) {
				return pick( texts );
			}
			const tag = pick( tags );
			let inner = '';
			const count = Math.floor( next() * 4 );
			for ( let i = 0; i < count; i++ ) {
				inner += node( depth + 1 );
			}
			const name = next() < 0.1 ? tag.toUpperCase() : tag;
			return `<${ name }${ pick( attributes ) }>${ inner }</${ tag }>`;
		};
		let simple = 0;
		const mismatches: unknown[] = [];
		for ( let run = 0; run < 20000; run++ ) {
			const html = node( 0 ) + node( 0 );
			if ( isSimpleHtml( html ) ) {
				simple++;
			}
			const fast = viaFastPath( html );
			const reference = viaHtmlparser2( html );
			if ( JSON.stringify( fast ) !== JSON.stringify( reference ) ) {
				mismatches.push( { html, fast, reference } );
			}
		}
		expect( mismatches.slice( 0, 3 ) ).toEqual( [] );
		// The fast path must have been taken often enough to mean something.
		expect( simple ).toBeGreaterThan( 5000 );
	} );

	it( 'gives htmlToParts and richTextToText the same results either way', () => {
		for ( const html of SIMPLE ) {
			const fastParts = htmlToParts( html, { citeAsPart: true } );
			const fastRich = richTextToText( html );
			// A trailing unclosed comment makes the input not simple without changing what it says.
			const slow = `${ html }<!--`;
			expect( isSimpleHtml( slow ) ).toBe( false );
			expect( fastParts ).toEqual(
				htmlToParts( slow, { citeAsPart: true } )
			);
			expect( fastRich.links ).toEqual( richTextToText( slow ).links );
		}
	} );

	it( 'collapses white space runs as a character loop does', () => {
		const reference = ( text: string ) => {
			let out = '';
			let inSpace = false;
			for ( const ch of text ) {
				if ( ' \t\n\f\r'.includes( ch ) ) {
					if ( ! inSpace ) {
						out += ' ';
					}
					inSpace = true;
				} else {
					out += ch;
					inSpace = false;
				}
			}
			return out;
		};
		for ( const text of [
			'',
			'a',
			'a b',
			'a  b',
			' a ',
			'\ta\n\nb\r\fc',
			'a\u00a0 \u00a0b',
			'   ',
			'a \n b',
			'\u2003a\u2003\u2003b',
		] ) {
			expect( collapseWhiteSpace( text ) ).toBe( reference( text ) );
		}
	} );
} );
