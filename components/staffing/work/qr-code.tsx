/**
 * The clock-in QR code, inline: the SVG markup comes from our own `qrcode` call (never from
 * user input), so it is safe to embed and needs no second request.
 */
export function QrCode({ svg, label }: { svg: string; label: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      className="mx-auto w-full max-w-56 rounded-lg bg-white p-2 [&_svg]:h-auto [&_svg]:w-full"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
