/**
 * Offline support for the browser side: registering the service worker, update and connectivity events,
 * capability explanations, and the Content-Security-Policy. The build side is service-worker-integration.ts.
 */
export { registerServiceWorker, type OfflineController, type OfflineOptions, type IsolationState } from './register';
export {
  detectCapabilities,
  explainCapabilities,
  type Capability,
  type CapabilityId,
  type CapabilityReport,
  type Environment,
  type Level,
} from './capabilities';
export { astroCspConfig, buildContentSecurityPolicy, buildWorkerContentSecurityPolicy } from './csp';
