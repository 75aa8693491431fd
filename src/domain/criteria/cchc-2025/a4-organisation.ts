import { area, count, text, yesNo } from '../defaults.ts';

/** Area 4 of the 2025 plan: Cải cách tổ chức bộ máy (plan §II.4, §III.4). */
export const A4 = area({
  id: 'A4',
  name: 'Cải cách tổ chức bộ máy',
  nameEn: 'Organisational reform',
  lead: 'VP',
  criteria: [
    {
      id: 'A4.T1',
      text: 'Phối hợp tham mưu sắp xếp, ổn định tổ chức, bộ máy của Sở theo chỉ đạo của Tỉnh ủy, UBND tỉnh về sắp xếp, tổ chức, tinh gọn bộ máy của hệ thống chính trị.',
      textEn: "Help restructure and stabilise the Department's organisation as the province directs.",
      measure: text,
      responsible: ['VP'],
      evidenceHint:
        'Đề án, tờ trình, quyết định sắp xếp tổ chức bộ máy; quy định chức năng, nhiệm vụ của phòng, đơn vị.',
    },
    {
      id: 'A4.T2',
      text: 'Thực hiện đúng quy định về quản lý, sử dụng biên chế.',
      textEn: 'Manage and use staffing quotas as required.',
      measure: yesNo,
      responsible: ['VP'],
      evidenceHint: 'Quyết định giao biên chế; số biên chế có mặt so với số được giao.',
    },
    {
      id: 'A4.K1',
      text: 'Tiếp tục sắp xếp tổ chức bộ máy của Sở tinh gọn, hoạt động hiệu lực, hiệu quả sau khi có Quyết định của UBND tỉnh về việc tổ chức lại các tổ chức hành chính, đơn vị sự nghiệp thuộc Sở Khoa học và Công nghệ. Phối hợp tham mưu sắp xếp, ổn định tổ chức, bộ máy của Sở theo chỉ đạo của Tỉnh ủy, UBND tỉnh về sắp xếp, tổ chức, tinh gọn bộ máy của hệ thống chính trị.',
      textEn: 'Keep streamlining the organisation after the provincial reorganisation decision.',
      measure: text,
      responsible: ['VP'],
      evidenceHint: 'Quyết định của UBND tỉnh về tổ chức lại; các quyết định, quy chế triển khai tại Sở.',
    },
    {
      id: 'A4.K2',
      // "Không vượt quá số lượng UBND tỉnh giao": the count allocated, at most the province's number,
      // which varies per year and is set at adoption.
      text: 'Thực hiện việc giao biên chế hành chính, biên chế sự nghiệp cho các phòng, đơn vị theo quy định không vượt quá số lượng UBND tỉnh giao.',
      textEn:
        'Allocate administrative and public-service staffing to divisions and units within the number the province assigns.',
      measure: count('biên chế đã giao cho các phòng, đơn vị'),
      comparator: '<=',
      target: null,
      targetSource: 'Số biên chế UBND tỉnh giao năm 2025',
      responsible: ['VP'],
      evidenceHint:
        'Quyết định giao biên chế của UBND tỉnh và quyết định phân bổ biên chế của Sở cho các phòng, đơn vị.',
    },
  ],
});
