/**
 * The shortest passphrase this computer accepts, for a form to say up front and check before it
 * sends: IT's minimum where the machine policy raises it. Until main answers (or if it cannot),
 * the app's own minimum; main checks the real one whatever the form says.
 */
import { useEffect, useState } from 'react';
import { MINIMUM_PASSPHRASE_LENGTH } from '../../shared/passphrase-policy.ts';
import { useApi } from '../session/api-context.tsx';

export function useMinimumPassphraseLength(): number {
  const call = useApi();
  const [minimum, setMinimum] = useState(MINIMUM_PASSPHRASE_LENGTH);
  useEffect(() => {
    let live = true;
    void call('policy.machine', {}).then((result) => {
      if (live && result.ok) setMinimum(result.value.effectiveMinimumPassphraseLength);
    });
    return () => {
      live = false;
    };
  }, [call]);
  return minimum;
}
