/**
 * onnxruntime-node (1.30, Linux) starts Microsoft's telemetry with its first session: an event
 * database and a device id under ~/.cache/Microsoft/DeveloperTools/.onnxruntime, meant for upload,
 * and a warning on stderr when that folder cannot be written. clinical-ner promises no telemetry,
 * so it is switched off. The library reads the switch from the process environment, which only
 * the main thread can change: call this before the first session and before starting an engine
 * worker. An explicit ORT_DISABLE_TELEMETRY is left as it is.
 */
export function disableOnnxRuntimeTelemetry(): void {
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
}
