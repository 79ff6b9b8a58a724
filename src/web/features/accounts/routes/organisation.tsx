import '../i18n-runtime.ts';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useOrganisation } from '../api/get-organisation.ts';
import { useLeaveOrganisation } from '../api/leave-organisation.ts';
import type { Me, Organisation } from '../api/types.ts';
import { ConfirmButton } from '../components/confirm-button.tsx';
import { InvitationsPanel } from '../components/invitations-panel.tsx';
import { MembersTable } from '../components/members-table.tsx';
import { OrganisationDetails } from '../components/organisation-details.tsx';
import { OrganisationExport } from '../components/organisation-export.tsx';
import { Section } from '../components/section.tsx';
import { SignedInOnly } from '../components/signed-in-only.tsx';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

function LeaveOrganisation({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const leave = useLeaveOrganisation(organisation.id);
  return (
    <>
      <Text mb="sm">{t('organisation.leave.intro')}</Text>
      <ConfirmButton
        variant="outline"
        color="red.9"
        loading={leave.isPending}
        question={t('organisation.leave.confirm', { name: organisation.name })}
        onConfirm={() =>
          leave.mutate(undefined, {
            onSuccess: () => {
              notifySuccess(t('organisation.leave.left', { name: organisation.name }));
              void navigate(paths.organisations.getHref());
            },
            onError: (error) => notifyError(error.message),
          })
        }
      >
        {t('organisation.leave.submit')}
      </ConfirmButton>
    </>
  );
}

function OrganisationPage({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation('accounts');
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <PageLoader />;
  if (organisation.isError)
    return (
      <>
        <PageTitle>{t('organisations.title')}</PageTitle>
        <Alert color="red" variant="light" mb="md">
          {organisation.error.message}
        </Alert>
        <Anchor component={Link} to={paths.organisations.getHref()}>
          {t('organisation.back')}
        </Anchor>
      </>
    );
  const data = organisation.data;
  return (
    <Stack gap={0} maw={960}>
      <Anchor component={Link} to={paths.organisations.getHref()} mb="sm">
        {t('organisation.back')}
      </Anchor>
      <PageTitle>{data.name}</PageTitle>
      {data.myRole ? (
        <Text mb="lg">{t('organisation.myRole', { role: t(`roles.${data.myRole}`) })}</Text>
      ) : null}
      <Section title={t('organisation.details.title')} id="informations">
        <OrganisationDetails organisation={data} />
      </Section>
      <Section title={t('organisation.members.title')} id="membres">
        <MembersTable organisation={data} me={me} />
      </Section>
      {data.myRole === 'owner' ? (
        <Section title={t('organisation.invitations.title')} id="invitations">
          <InvitationsPanel organisation={data} />
        </Section>
      ) : null}
      {data.myRole === 'owner' ? (
        <Section title={t('organisationExport.title')} id="exporter">
          <OrganisationExport organisation={data} />
        </Section>
      ) : null}
      {data.myRole ? (
        <Section title={t('organisation.leave.title')} id="quitter">
          <LeaveOrganisation organisation={data} />
        </Section>
      ) : null}
    </Stack>
  );
}

export function Component() {
  const { organisationId = '' } = useParams();
  return <SignedInOnly>{(me) => <OrganisationPage id={organisationId} me={me} />}</SignedInOnly>;
}
