// GSM 03.38: the basic set costs one septet, the extension set two; anything else forces
// UCS-2. Carriers bill per segment, so usage reports count segments, not messages.
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€\f";

export interface SegmentCount {
  encoding: "GSM-7" | "UCS-2";
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function countSegments(text: string): SegmentCount {
  let septets = 0;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENDED.includes(char)) septets += 2;
    else return ucs2(text);
  }
  return {
    encoding: "GSM-7",
    units: septets,
    segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
  };
}

function ucs2(text: string): SegmentCount {
  const units = text.length; // UTF-16 code units, as sent
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
