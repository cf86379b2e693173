import type { VideoScene } from '@draftbench/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

export function SceneTable({ scenes }: { scenes: VideoScene[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<VideoScene> = [
    { key: 'index', dataIndex: 'index', title: t('drafts.scenes.index'), width: 40 },
    { key: 'seconds', dataIndex: 'seconds', title: t('drafts.scenes.seconds'), width: 70 },
    { key: 'shot', dataIndex: 'shot', title: t('drafts.scenes.shot') },
    { key: 'onScreenText', dataIndex: 'onScreenText', title: t('drafts.scenes.onScreenText') },
    { key: 'voiceOver', dataIndex: 'voiceOver', title: t('drafts.scenes.voiceOver') },
  ];
  return (
    <Table<VideoScene>
      data-testid="draft-scenes"
      rowKey="index"
      size="small"
      columns={columns}
      dataSource={scenes}
      pagination={false}
    />
  );
}
