import * as protobuf from 'protobufjs';
import schema from './onnx/onnxSchema.json';

/**
 * ONNX's protobuf messages, read and written with protobufjs over ONNX's own schema (onnx/README.md),
 * with ONNX's field names (snake_case). Only the fields the quantizer touches are typed here; the
 * rest travel through decode and encode unchanged.
 */
export interface TensorProto {
  dims?: (number | protobuf.Long)[];
  data_type?: number;
  name?: string;
  float_data?: number[];
  int32_data?: number[];
  raw_data?: Uint8Array;
  data_location?: number;
  external_data?: unknown[];
}

export interface AttributeProto {
  name?: string;
  type?: number;
  f?: number;
  i?: number | protobuf.Long;
  t?: TensorProto;
}

export interface NodeProto {
  input?: string[];
  output?: string[];
  name?: string;
  op_type?: string;
  domain?: string;
  attribute?: AttributeProto[];
}

export interface ValueInfoProto {
  name?: string;
}

export interface GraphProto {
  node?: NodeProto[];
  name?: string;
  initializer?: TensorProto[];
  input?: ValueInfoProto[];
  output?: ValueInfoProto[];
}

export interface OperatorSetIdProto {
  domain?: string;
  version?: number | protobuf.Long;
}

export interface ModelProto {
  ir_version?: number | protobuf.Long;
  opset_import?: OperatorSetIdProto[];
  producer_name?: string;
  graph?: GraphProto;
  metadata_props?: { key?: string; value?: string }[];
}

/** TensorProto.DataType values used here. */
export const DataType = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6 } as const;
/** AttributeProto.AttributeType values used here. */
export const AttributeType = { FLOAT: 1, INT: 2 } as const;
/** TensorProto.DataLocation.EXTERNAL: the tensor's bytes are in another file. */
export const EXTERNAL_DATA = 1;

const modelType = protobuf.Root.fromJSON(schema).lookupType('onnx.ModelProto');

export function decodeModel(bytes: Uint8Array): ModelProto {
  return modelType.decode(bytes) as unknown as ModelProto;
}

export function encodeModel(model: ModelProto): Uint8Array {
  return modelType.encode(model as unknown as protobuf.Message).finish();
}

export function toNumber(value: number | protobuf.Long | undefined): number {
  if (value === undefined) return 0;
  // a Long's high word is signed, its low word unsigned; ONNX's int64s here (dims, versions) fit a double
  return typeof value === 'number' ? value : value.high * 4294967296 + (value.low >>> 0);
}
