/**
 * Removes `aws-chunked` framing (`<hex-size>[;chunk-signature=..]\r\n<data>\r\n ... 0\r\n<trailers>\r\n\r\n`)
 * that the S3 client uses for streaming uploads with trailing checksums, returning the object bytes.
 */
export function decodeAwsChunked(body: Buffer): Buffer {
  return parseAwsChunked(body).data;
}

/** The object bytes and the trailing headers (`x-amz-checksum-crc32: ...`) of an aws-chunked body. */
export function parseAwsChunked(body: Buffer): { data: Buffer; trailers: Record<string, string> } {
  const parts: Buffer[] = [];
  const trailers: Record<string, string> = {};
  let pos = 0;
  while (pos < body.length) {
    const lineEnd = body.indexOf('\r\n', pos);
    if (lineEnd < 0) throw new Error('aws-chunked body: missing chunk header line end');
    const sizeText = body.subarray(pos, lineEnd).toString('latin1').split(';')[0]!.trim();
    const size = Number.parseInt(sizeText, 16);
    if (!Number.isFinite(size) || !/^[0-9a-fA-F]+$/.test(sizeText))
      throw new Error(`aws-chunked body: bad chunk size '${sizeText}'`);
    pos = lineEnd + 2;
    if (size === 0) {
      for (const line of body.subarray(pos).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0)
          trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      break;
    }
    parts.push(body.subarray(pos, pos + size));
    pos += size + 2;
  }
  return { data: Buffer.concat(parts), trailers };
}
