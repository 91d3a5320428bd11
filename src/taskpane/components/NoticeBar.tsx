/** The result of a secondary action, or a minor warning that does not end the session. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Notice } from '../state';

export function NoticeBar({ notice }: { notice: Notice }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}
