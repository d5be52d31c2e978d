/**
 * Names shared by the store, the editor and the server.
 */

/** Name of the practice policy store. */
export const STORE_NAME = 'hcp-compliance/policy';

/** Post meta key of the audit trail (registered in php/audit.php). */
export const AUDIT_META_KEY = '_hcp_compliance_audit';

/** Key of the public policy in the block editor settings (php/settings.php). */
export const EDITOR_SETTINGS_KEY = 'hcpCompliance';
