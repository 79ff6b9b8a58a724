import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMyOrganisations } from '../api/get-my-organisations.ts';
import { SignedInOnly } from '../components/signed-in-only.tsx';

function OrganisationsPage() {
  const { t } = useTranslation(['accounts', 'common']);
  const organisations = useMyOrganisations();
  return (
    <>
      <PageTitle>{t('organisations.title')}</PageTitle>
      <Group justify="space-between" mb="lg" align="flex-start">
        <Text>{t('organisations.intro')}</Text>
        <Button component={Link} to={paths.organisationNew.getHref()}>
          {t('organisations.create')}
        </Button>
      </Group>
      {organisations.isPending ? (
        <Loader size="sm" aria-label={t('common:loading')} />
      ) : organisations.isError ? (
        <Alert color="red" variant="light">
          {organisations.error.message}
        </Alert>
      ) : organisations.data.items.length === 0 ? (
        <Text>{t('organisations.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped>
            <Table.Caption>{t('organisations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.name')}</Table.Th>
                <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
                <Table.Th scope="col">{t('organisations.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisations.data.items.map((organisation) => (
                <Table.Tr key={organisation.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={paths.organisation.getHref(organisation.id)}>
                      {organisation.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t(`kinds.${organisation.kind}`)}</Table.Td>
                  <Table.Td>{organisation.myRole ? t(`roles.${organisation.myRole}`) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

export function Component() {
  return <SignedInOnly>{() => <OrganisationsPage />}</SignedInOnly>;
}
