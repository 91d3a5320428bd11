/** A failed build or action: the message as the operation gave it (it names the sheet or list at fault). */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The report was not built</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}
