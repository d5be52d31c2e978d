/**
 * Debian's Chromium and the flags it needs on these machines (no sandbox as
 * root, no background connections to a closed network), shared by the
 * end-to-end tests and the editor benchmark.
 */
module.exports = {
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-dev-shm-usage',
	],
};
