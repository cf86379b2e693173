import { Typography } from 'antd';

/** A key as printed on the keyboard, e.g. next to the button it presses. */
export function KeyHint({ children }: { children: string }) {
  return (
    <Typography.Text keyboard style={{ fontSize: 12, margin: 0 }}>
      {children}
    </Typography.Text>
  );
}
