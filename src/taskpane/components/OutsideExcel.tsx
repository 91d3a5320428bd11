/** Shown when the page is opened outside Excel (a browser tab) or in an Excel too old for the add-in. */
import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export function OutsideExcel({ reason }: { reason: string | null }) {
  const styles = useStyles();
  if (reason !== null) {
    return (
      <main className={styles.page}>
        <Subtitle1 as="h1">This version of Excel cannot build the report</Subtitle1>
        <Body1>{reason}</Body1>
        <Body1>Use Excel for Microsoft 365 on Windows or Mac, or Excel on the web.</Body1>
      </main>
    );
  }
  return (
    <main className={styles.page}>
      <Subtitle1 as="h1">Open this add-in from Excel: Home → Build report</Subtitle1>
      <Body1>
        Children&apos;s Services Report Builder turns the Ofsted Annex A lists in a workbook into the quarterly
        performance report and district profiles, with native Excel charts.
      </Body1>
      <Body1>It runs inside Excel on Windows, Mac or the web; the child-level data never leaves the workbook.</Body1>
    </main>
  );
}
