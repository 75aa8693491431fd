import { area, percent, text, yesNo } from '../defaults.ts';

/** Area 5 of the 2025 plan: Cải cách chế độ công vụ (plan §II.5, §III.5). */
export const A5 = area({
  id: 'A5',
  name: 'Cải cách chế độ công vụ',
  nameEn: 'Civil service reform',
  lead: 'VP',
  criteria: [
    {
      id: 'A5.T1',
      // The plan writes "theo theo": a typo, written once here.
      text: 'Xây dựng đội ngũ công chức, viên chức có cơ cấu hợp lý, đáp ứng tiêu chuẩn chức danh, vị trí việc làm và khung năng lực theo danh mục đề án vị trí việc làm (VTVL) được cấp có thẩm quyền phê duyệt.',
      textEn: 'Build a staff whose structure, titles and competences match the approved job-position scheme.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint:
        'Đề án vị trí việc làm được phê duyệt; đối chiếu cơ cấu ngạch, chức danh của công chức, viên chức hiện có.',
    },
    {
      id: 'A5.T2',
      text: 'Phấn đấu hoàn thành 100% kế hoạch đào tạo, bồi dưỡng cho công chức, viên chức.',
      textEn: 'Strive to complete the whole training plan for civil servants and public employees.',
      measure: percent(
        'Số lượt đào tạo, bồi dưỡng đã thực hiện',
        'Số lượt đào tạo, bồi dưỡng trong kế hoạch',
      ),
      comparator: '=',
      target: 100,
      strive: true,
      responsible: ['VP'],
      evidenceHint: 'Kế hoạch đào tạo, bồi dưỡng năm 2025; quyết định cử đi học, chứng chỉ, báo cáo kết quả.',
    },
    {
      // Split from the first bullet of plan §II.5: its second sentence is a separate obligation.
      id: 'A5.T3',
      text: 'Thực hiện đảm bảo các quy định của pháp luật về tuyển dụng viên chức, sử dụng và quản lý, tiếp nhận công chức, viên chức.',
      textEn: 'Recruit, receive, use and manage civil servants and public employees as the law requires.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint:
        'Hồ sơ tuyển dụng, tiếp nhận công chức, viên chức trong năm; quyết định của cấp có thẩm quyền.',
    },
    {
      id: 'A5.K1',
      text: 'Rà soát lại vị trí việc làm đã được UBND phê duyệt sau khi có Quyết định của UBND tỉnh về việc tổ chức lại các tổ chức hành chính, đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ để trình UBND tỉnh quyết định điều chỉnh danh mục vị trí việc làm, cơ cấu ngạch công chức trong cơ quan hành chính; vị trí việc làm, chức danh nghề nghiệp viên chức phù hợp với quy định và tình hình thực tiễn của Sở về sắp xếp tổ chức bộ máy.',
      textEn:
        'Review approved job positions after the reorganisation and submit adjustments to the province.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint:
        'Tờ trình điều chỉnh danh mục vị trí việc làm, cơ cấu ngạch, chức danh nghề nghiệp; quyết định phê duyệt.',
    },
    {
      id: 'A5.K2',
      text: 'Thực hiện công tác bổ nhiệm, bổ nhiệm lại, quản lý và sử dụng công chức; tuyển dụng, bổ nhiệm, bổ nhiệm lại, quản lý và sử dụng viên chức theo quy định của Trung ương và theo phân cấp quản lý cán bộ của tỉnh.',
      textEn:
        'Appoint, reappoint, recruit, manage and use staff under central rules and provincial delegation.',
      measure: text,
      responsible: ['VP'],
      evidenceHint: 'Hồ sơ bổ nhiệm, bổ nhiệm lại, tuyển dụng trong năm; đối chiếu quy trình theo phân cấp.',
    },
    {
      id: 'A5.K3',
      text: 'Xây dựng kế hoạch đào tạo, bồi dưỡng kịp thời, và cử công chức, viên chức đi đào tạo, bồi dưỡng đảm bảo đúng đối tượng quy định.',
      textEn: 'Issue the training plan on time and send the right staff to training.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint:
        'Kế hoạch đào tạo, bồi dưỡng đã ban hành; quyết định cử đi đào tạo, bồi dưỡng và đối tượng được cử.',
    },
    {
      id: 'A5.K4',
      text: 'Đẩy mạnh công tác cải cách chế độ công vụ, công chức và thực hiện kỷ luật, kỷ cương hành chính và đạo đức công vụ của công chức, viên chức; chấp hành nghiêm kết luận, chỉ đạo của Trung ương, của tỉnh về chấn chỉnh, tăng cường trách nhiệm trong xử lý công việc của công chức, viên chức. Thực hiện nghiêm túc đánh giá, phân loại công chức, viên chức theo quy định; đảm bảo chế độ chính sách đối với công chức, viên chức.',
      textEn:
        'Enforce discipline and ethics, appraise and classify staff as required, and secure their entitlements.',
      measure: text,
      responsible: ['VP', 'PCM'],
      evidenceHint: 'Hồ sơ đánh giá, phân loại công chức, viên chức năm; các trường hợp kỷ luật (nếu có).',
    },
  ],
});
